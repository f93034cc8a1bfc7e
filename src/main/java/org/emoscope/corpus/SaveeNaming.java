package org.emoscope.corpus;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SAVEE: {@code <SPK>/<code><NN>.wav} in speaker folders (the corpus's own {@code AudioData}
 * layout), or {@code <SPK>_<code><NN>.wav} in one flat folder as some mirrors ship it; a prefixed
 * name inside a speaker folder is accepted when prefix and folder agree. Speakers are two capital
 * letters (DC, JE, JK, KL in the real corpus), NN any two digits. The same name recurs in every
 * speaker folder, so a clip's identity is speaker plus name.
 */
final class SaveeNaming implements ClipNaming {
    private static final Pattern SPEAKER = Pattern.compile("[A-Z]{2}");
    private static final Pattern NAME = Pattern.compile("(?:([A-Z]{2})_)?([a-z]+)(\\d{2})");
    private static final Map<String, Emotion> CODES = Map.of(
            "a", Emotion.ANGER,
            "d", Emotion.DISGUST,
            "f", Emotion.FEAR,
            "h", Emotion.HAPPINESS,
            "n", Emotion.NEUTRAL,
            "sa", Emotion.SADNESS,
            "su", Emotion.SURPRISE);

    @Override
    public CorpusKind kind() {
        return CorpusKind.SAVEE;
    }

    @Override
    public NameResult parse(List<String> segments) {
        Matcher name = NAME.matcher(ClipNaming.stem(segments.get(segments.size() - 1)));
        if (!name.matches()) {
            return new NameResult.Rejected("name does not follow SAVEE's <code><NN>.wav or"
                    + " <speaker>_<code><NN>.wav (e.g. sa03.wav, DC_sa03.wav)");
        }
        String prefix = name.group(1);
        String code = name.group(2);
        Emotion emotion = CODES.get(code);
        if (emotion == null) {
            return new NameResult.Rejected("unknown emotion code '" + code + "' in SAVEE name");
        }
        String speakerId;
        if (segments.size() == 1) {
            if (prefix == null) {
                return new NameResult.Rejected("not in a speaker folder: a SAVEE name without a"
                        + " speaker prefix belongs in a folder such as DC/");
            }
            speakerId = prefix;
        } else if (segments.size() == 2) {
            String folder = segments.get(0);
            if (!SPEAKER.matcher(folder).matches()) {
                return new NameResult.Rejected("folder '" + folder
                        + "' is not a SAVEE speaker folder (two capital letters, e.g. DC)");
            }
            if (prefix != null && !prefix.equals(folder)) {
                return new NameResult.Rejected("speaker folder '" + folder
                        + "' does not match the name's speaker prefix '" + prefix + "'");
            }
            speakerId = folder;
        } else {
            return new NameResult.Rejected("nested too deep: SAVEE keeps clips in <speaker>/ folders");
        }
        String textId = code + name.group(3);
        Speaker speaker = new Speaker(CorpusKind.SAVEE, speakerId);
        return new NameResult.Accepted(new ClipName(speaker, emotion, textId, speaker.key() + "/" + textId));
    }
}
