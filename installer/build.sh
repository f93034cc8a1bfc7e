#!/usr/bin/env bash
# Builds Emoscope's self-contained Linux app-image and .deb into target/installer/:
#   1. mvn package (target/emoscope.jar + target/lib/), unless --skip-maven;
#   2. jlink a Java runtime with the JavaFX modules, made from the JavaFX jars in target/lib (their
#      linux natives are copied into the runtime's lib/, where JavaFX looks first);
#   3. jpackage an app-image with that runtime and the application jars on the class path, and the
#      whole sample-audio/ folder beside them (the demo model is in emoscope.jar or in that folder);
#   4. jpackage a .deb from the app-image (desktop entry, icon, /usr/bin/emoscope), unless --app-image-only.
# Needs a JDK 17+ with jlink and jpackage (JAVA_HOME, else the one javac belongs to); the .deb needs
# fakeroot and dpkg-deb/objcopy (Debian: apt-get install fakeroot binutils).
#
# Usage: installer/build.sh [--skip-maven] [--app-image-only] [extra Maven options, e.g. -o]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

skip_maven=false
app_image_only=false
maven_options=()
for argument in "$@"; do
  case "$argument" in
    --skip-maven) skip_maven=true ;;
    --app-image-only) app_image_only=true ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) maven_options+=("$argument") ;;
  esac
done

fail() { echo "installer/build.sh: $*" >&2; exit 1; }
stage() { echo "== $* (at ${SECONDS}s)"; }

# The JDK whose jlink, jpackage and jmods make the runtime.
if [[ -z "${JAVA_HOME:-}" ]]; then
  command -v javac >/dev/null || fail "no JDK found: set JAVA_HOME or put a JDK 17+ on the PATH"
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
for tool in jlink jpackage jar java; do
  [[ -x "$JAVA_HOME/bin/$tool" ]] || fail "$JAVA_HOME/bin/$tool is missing: JAVA_HOME must be a full JDK 17+"
done
[[ -d "$JAVA_HOME/jmods" ]] || fail "$JAVA_HOME/jmods is missing: jlink needs the JDK's jmods"
if ! $app_image_only; then
  for tool in fakeroot dpkg-deb objcopy; do
    command -v "$tool" >/dev/null || fail "$tool is missing (Debian: apt-get install fakeroot binutils)"
  done
fi

if ! $skip_maven; then
  stage "mvn package"
  mvn -B -DskipTests "${maven_options[@]}" package
fi

jar_file="$root/target/emoscope.jar"
build_facts="$root/target/classes/org/emoscope/version.properties"
[[ -f "$jar_file" && -f "$build_facts" ]] \
  || fail "target/emoscope.jar or target/classes is missing: run without --skip-maven"

out="$root/target/installer"
work="$out/work"
rm -rf "$out"
mkdir -p "$work/input/lib" "$work/manifest"

# Exactly the jars of emoscope.jar's manifest Class-Path (target/lib/ may also hold jars of earlier
# builds), with the manifest's 72-byte line folding undone.
(cd "$work/manifest" && "$JAVA_HOME/bin/jar" xf "$jar_file" META-INF/MANIFEST.MF)
mapfile -t class_path < <(sed -e ':a' -e 'N' -e '$!ba' -e 's/\r//g' -e 's/\n //g' \
  "$work/manifest/META-INF/MANIFEST.MF" | sed -n 's/^Class-Path: //p' | tr ' ' '\n' | sed '/^$/d')
(( ${#class_path[@]} > 0 )) || fail "target/emoscope.jar has no Class-Path in its manifest"
for entry in "${class_path[@]}"; do
  [[ -f "$root/target/$entry" ]] || fail "target/$entry (on emoscope.jar's Class-Path) is missing: run without --skip-maven"
done

# The installer is for the default CPU build: one ND4J backend with linux-x86_64 natives only.
backend="$(sed -n 's/^backend=//p' "$build_facts")"
[[ "$backend" == cpu ]] || fail "target/ holds a '$backend' build; the installer packages the default CPU build (no -Pcuda)"
foreign="$(printf '%s\n' "${class_path[@]}" | grep -E -i -- '-(windows|macosx|android|ios)-|-(mac|win)(-aarch64)?\.jar$|-linux-(arm|aarch|ppc|x86[.-])|cuda' || true)"
[[ -z "$foreign" ]] || fail "the class path holds natives for other platforms or backends: $foreign"

version="$(sed -n 's/^version=//p' "$build_facts")"
numeric_version="${version%%-*}"   # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0

stage icon
"$JAVA_HOME/bin/java" -Djava.awt.headless=true "$root/installer/EmoscopeIcon.java" "$work/Emoscope.png" 256

stage "runtime (jlink)"
# The JDK modules the application and its libraries use: what jdeps lists,
#   jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
#     --module-path <the javafx-*-linux jars> --class-path <the other jars> target/emoscope.jar
# plus what modular jars require in their descriptors (jar --describe-module) and jdeps misses:
# java.naming (Logback's configurator loads JNDI classes at start-up), java.net.http (ControlsFX).
# Modules these require (java.management, java.logging, java.xml, ...) come along. CI runs the
# installed commands, so a missing module fails there.
jdk_modules=java.base,java.compiler,java.desktop,java.naming,java.net.http,java.sql,jdk.management,jdk.unsupported
javafx_modules=javafx.base,javafx.graphics,javafx.controls,javafx.media,javafx.swing
javafx_jars=()
for entry in "${class_path[@]}"; do
  [[ "$entry" == lib/javafx-*-linux.jar ]] && javafx_jars+=("$root/target/$entry")
done
(( ${#javafx_jars[@]} > 0 )) || fail "no javafx-*-linux.jar on emoscope.jar's Class-Path"
javafx_path="$(IFS=:; echo "${javafx_jars[*]}")"
"$JAVA_HOME/bin/jlink" \
  --module-path "$JAVA_HOME/jmods:$javafx_path" \
  --add-modules "$jdk_modules,$javafx_modules" \
  --exclude-resources='glob:/javafx.*/*.so' \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$work/runtime"
# JavaFX loads its natives from the runtime's lib/ first. The libavplugin-* ffmpeg bridges are left
# out: Emoscope plays only WAV (gstreamer-lite's own parser), and they would make the package
# depend on whichever libavcodec the build machine happens to have.
mkdir -p "$work/natives"
for fx_jar in "${javafx_jars[@]}"; do
  (cd "$work/natives" && "$JAVA_HOME/bin/jar" xf "$fx_jar")
done
find "$work/natives" -maxdepth 1 -name 'lib*.so' ! -name 'libavplugin-*' -exec cp {} "$work/runtime/lib/" \;

stage "application files"
cp "$jar_file" "$work/input/"
# JavaFX is in the runtime; its jars on the class path too would only be shadowed copies.
for entry in "${class_path[@]}"; do
  [[ "$entry" == lib/javafx-* ]] || cp "$root/target/$entry" "$work/input/lib/"
done
# The whole sample folder (corpora, and the demo run if it lives there), found by BundledSamples
# beside emoscope.jar in lib/app/.
cp -r "$root/sample-audio" "$work/input/"

common_options=(
  --name Emoscope
  --app-version "$numeric_version"
  --vendor "Emoscope"
  --description "Speech emotion recognition workbench"
  --copyright "GNU GPL v3 or later"
  --dest "$out"
)

stage "app-image (jpackage)"
"$JAVA_HOME/bin/jpackage" --type app-image "${common_options[@]}" \
  --input "$work/input" \
  --main-jar emoscope.jar \
  --main-class org.emoscope.cli.Main \
  --runtime-image "$work/runtime" \
  --icon "$work/Emoscope.png"
echo "app-image: $out/Emoscope ($(du -sh "$out/Emoscope" | cut -f1))"

if $app_image_only; then
  stage done
  exit 0
fi

stage ".deb (jpackage)"
# The desktop entry rides in the image (the icon is there already, lib/Emoscope.png); the package's
# postinst puts it and the command in place (installer/linux/postinst). jpackage's own desktop
# integration (--linux-shortcut, or --icon here) would add xdg-utils and perl to the dependencies
# only to copy one file, and its xdg-desktop-menu call fails on systems without a menu folder.
cp "$root/installer/linux/emoscope.desktop" "$out/Emoscope/lib/"
# gzip, not dpkg-deb's default xz: the payload is mostly jars, already compressed; xz saves 3 % of
# the size for about 150 s more CPU time.
export DPKG_DEB_COMPRESSOR_TYPE=gzip
# jpackage adds the packages that provide the shared libraries the image links against (found with
# ldd and dpkg -S on this machine); these are named explicitly so the list never depends on it.
"$JAVA_HOME/bin/jpackage" --type deb "${common_options[@]}" \
  --app-image "$out/Emoscope" \
  --linux-package-name emoscope \
  --linux-app-category science \
  --linux-deb-maintainer "maintainers@users.noreply.b-seed-4faaea07.example" \
  --linux-package-deps "libgtk-3-0, libasound2, libxtst6, libgl1, libfreetype6, libfontconfig1" \
  --license-file "$root/LICENSE" \
  --resource-dir "$root/installer/linux"
deb="$(ls "$out"/emoscope_*.deb)"
installed_kib="$(dpkg-deb -f "$deb" Installed-Size)"
echo ".deb: $deb ($(du -h "$deb" | cut -f1), installed $((installed_kib / 1024)) MiB)"
dpkg-deb -f "$deb" Depends
stage done
