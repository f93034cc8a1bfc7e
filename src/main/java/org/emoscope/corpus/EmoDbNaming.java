package org.emoscope.corpus;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EMO-DB: all clips in one folder, named {@code <speaker><text><emotion><version>.wav}, e.g.
 * {@code 03a01Fa.wav}: two-digit speaker, 3-character text code (a01..a07, b01..b10 in the real
 * corpus), German emotion initial (W Wut, L Langeweile, E Ekel, A Angst, F Freude, T Trauer,
 * N neutral), version letter. The whole stem is a clip's identity, since one speaker may record the
 * same text and emotion several times.
 */
final class EmoDbNaming implements ClipNaming {
    private static final Pattern NAME = Pattern.compile("(\\d{2})([a-z]\\d{2})([A-Z])([a-z])");
    private static final Map<String, Emotion> CODES = Map.of(
            "W", Emotion.ANGER,
            "L", Emotion.BOREDOM,
            "E", Emotion.DISGUST,
            "A", Emotion.FEAR,
            "F", Emotion.HAPPINESS,
            "T", Emotion.SADNESS,
            "N", Emotion.NEUTRAL);

    @Override
    public CorpusKind kind() {
        return CorpusKind.EMODB;
    }

    @Override
    public NameResult parse(List<String> segments) {
        if (segments.size() != 1) {
            return new NameResult.Rejected("in a subfolder: EMO-DB keeps all WAV files in one folder");
        }
        String stem = ClipNaming.stem(segments.get(0));
        Matcher name = NAME.matcher(stem);
        if (!name.matches()) {
            return new NameResult.Rejected("name does not follow EMO-DB's"
                    + " <speaker><text><emotion><version>.wav (e.g. 03a01Fa.wav)");
        }
        String code = name.group(3);
        Emotion emotion = CODES.get(code);
        if (emotion == null) {
            return new NameResult.Rejected("unknown emotion code '" + code + "' in EMO-DB name");
        }
        Speaker speaker = new Speaker(CorpusKind.EMODB, name.group(1));
        return new NameResult.Accepted(new ClipName(speaker, emotion, name.group(2), stem));
    }
}
