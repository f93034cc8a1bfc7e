package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One configuration trained with several seeds: a folder whose {@code seeds.json} lists the seeds,
 * each trained into an ordinary run folder {@code seed-<seed>/} inside it (so every member reads,
 * resumes and evaluates like any run). The group folder itself has no {@code config.json}, so it is
 * never taken for a run. Members listed but not (yet) trained are simply absent. Immutable.
 *
 * <pre>
 * runs/NAME/
 *   seeds.json      {"formatVersion": 1, "seeds": [42, 43, 44], "members": ["seed-42", "seed-43", "seed-44"]}
 *   seed-42/        a run folder (config.json with seed 42, …)
 *   seed-43/ …
 * </pre>
 */
public final class SeedGroup {
    public static final String FILE = "seeds.json";
    private static final String MEMBER_PREFIX = "seed-";

    /** {@code seeds.json}; members are derived from the seeds and written for people reading the folder. */
    private record SeedsFile(List<Long> seeds, List<String> members) {
    }

    /**
     * One seed of the group.
     *
     * @param seed      the training seed
     * @param directory its run folder, which may not exist yet
     */
    public record Member(long seed, Path directory) {
        public String name() {
            return directory.getFileName().toString();
        }
    }

    private final Path directory;
    private final List<Long> seeds;

    private SeedGroup(Path directory, List<Long> seeds) {
        this.directory = directory;
        this.seeds = List.copyOf(seeds);
    }

    /** The run folder name of a seed's member, {@code seed-42}. */
    public static String memberName(long seed) {
        return MEMBER_PREFIX + seed;
    }

    /** Whether {@code directory} is a seed group (has a {@code seeds.json} and is not itself a run). */
    public static boolean isGroup(Path directory) {
        return Files.isRegularFile(directory.resolve(FILE)) && !ExperimentFolder.isRun(directory);
    }

    /**
     * Starts a group in {@code directory}, which must be absent or empty, and writes its
     * {@code seeds.json}; the members are trained afterwards.
     *
     * @throws ExperimentFolderException when the folder holds a run or other files
     * @throws IllegalArgumentException  when there are no seeds or a seed is repeated
     */
    public static SeedGroup create(Path directory, List<Long> seeds) throws IOException {
        requireDistinct(seeds);
        if (Files.exists(directory)) {
            if (!Files.isDirectory(directory)) {
                throw new ExperimentFolderException(directory, "is a file, not a folder");
            }
            if (ExperimentFolder.isRun(directory)) {
                throw new ExperimentFolderException(directory, "already holds a run; open or resume it instead");
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                if (entries.iterator().hasNext()) {
                    throw new ExperimentFolderException(directory,
                            "is not empty; a seed group starts in a new folder (resume an existing one)");
                }
            }
        }
        Files.createDirectories(directory);
        JsonFiles.write(directory.resolve(FILE), new SeedsFile(seeds, seeds.stream().map(SeedGroup::memberName).toList()));
        return new SeedGroup(directory, seeds);
    }

    /**
     * Reads the group in {@code directory}.
     *
     * @throws ExperimentFolderException when it is not a group or its {@code seeds.json} is damaged
     */
    public static SeedGroup read(Path directory) throws ExperimentFolderException {
        if (!isGroup(directory)) {
            throw new ExperimentFolderException(directory, "is not a seed group (it has no " + FILE + ")");
        }
        Path file = directory.resolve(FILE);
        SeedsFile read = JsonFiles.read(file, SeedsFile.class);
        if (read.seeds() == null || read.seeds().isEmpty() || read.seeds().contains(null)) {
            throw new ExperimentFolderException(file, "lists no seeds");
        }
        try {
            requireDistinct(read.seeds());
        } catch (IllegalArgumentException e) {
            throw new ExperimentFolderException(file, e.getMessage());
        }
        return new SeedGroup(directory, read.seeds());
    }

    /**
     * The seed group a run belongs to: its parent folder, when that is a group listing the run.
     * Unreadable groups count as none.
     */
    public static Optional<Path> groupOf(Path run) {
        Path parent = run.toAbsolutePath().normalize().getParent();
        if (parent == null || !isGroup(parent)) {
            return Optional.empty();
        }
        try {
            String name = run.toAbsolutePath().normalize().getFileName().toString();
            boolean listed = read(parent).members().stream().anyMatch(m -> m.name().equals(name));
            return listed ? Optional.of(parent) : Optional.empty();
        } catch (ExperimentFolderException e) {
            return Optional.empty();
        }
    }

    /**
     * The seed groups directly inside {@code folder}, in name order.
     *
     * @throws IOException only when {@code folder} itself cannot be listed
     */
    public static List<Path> foldersIn(Path folder) throws IOException {
        return Subfolders.of(folder, SeedGroup::isGroup);
    }

    /**
     * The seeds a {@code --seeds} value names: a single number is a count, giving that many seeds
     * counting up from {@code firstSeed}; a comma-separated list ({@code 42,43,44}) gives the seeds
     * themselves (to train one given seed, use {@code --seed}).
     *
     * @throws IllegalArgumentException with a message for the user when the text is neither
     */
    public static List<Long> parseSeeds(String text, long firstSeed) {
        String trimmed = text.trim();
        try {
            if (!trimmed.contains(",")) {
                int count = Integer.parseInt(trimmed);
                if (count < 1) {
                    throw new IllegalArgumentException("--seeds: give a positive count or a list like 42,43,44, not " + text);
                }
                List<Long> seeds = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    seeds.add(firstSeed + i);
                }
                return seeds;
            }
            List<Long> seeds = new ArrayList<>();
            for (String part : trimmed.split(",")) {
                if (!part.isBlank()) {
                    seeds.add(Long.parseLong(part.trim()));
                }
            }
            requireDistinct(seeds);
            return seeds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seeds: give a count (3) or a list of seeds (42,43,44), not " + text);
        }
    }

    private static void requireDistinct(List<Long> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a seed group needs at least one seed");
        }
        Set<Long> seen = new LinkedHashSet<>();
        for (Long seed : seeds) {
            if (!seen.add(seed)) {
                throw new IllegalArgumentException("seed " + seed + " is listed twice");
            }
        }
    }

    public Path directory() {
        return directory;
    }

    public List<Long> seeds() {
        return seeds;
    }

    /** One member per seed, in the listed order. */
    public List<Member> members() {
        return seeds.stream().map(seed -> new Member(seed, directory.resolve(memberName(seed)))).toList();
    }
}
