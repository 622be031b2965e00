package io.entente.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The country of a news dateline: "CHISINAU - ...", "DUSHANBE -- ...", "PHNOM PENH, Cambodia (Reuters) - ...". */
final class Dateline {

    private static final Pattern DATELINE = Pattern.compile("^\\s{0,5}(\\p{Lu}[\\p{Lu}'. -]{1,30}\\p{Lu})\\b[^\\n]{0,40}?\\s(?:--|[-\u2013\u2014])\\s");

    private static final Pattern COLON_DATELINE = Pattern.compile("^\\s{0,5}(\\p{Lu}[\\p{Lu}'. -]{1,30}\\p{Lu}):\\s");
    /** "ASUNCIÓN. President Santiago Peña on Wednesday ...": a city in capitals closed by a full stop. */
    private static final Pattern PERIOD_DATELINE = Pattern.compile("^\\s{0,5}(\\p{Lu}[\\p{Lu}' -]{2,30}\\p{Lu})\\.\\s");
    /** A city in title case ("Niamey", "Kuwait City", "Port Moresby"), an agency in brackets, a dash. */
    private static final String TITLE_CITY = "^\\s{0,5}(\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){0,2})";
    private static final String AGENCY = " \\([\\p{L}][\\p{L} .&/-]{1,30}\\)";
    private static final String DASH = "(?:--|[-\u2013\u2014])";
    /** "Niamey (AFP) - ...", "Doha, June 24 (Reuters) - ...": a city in title case before an agency's name. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(TITLE_CITY + "(?:,[^\\n(]{1,30})?" + AGENCY + " ?" + DASH + "\\s");
    /** "Managua, Jun 20 (Prensa Latina) The ...", "Tegucigalpa, Aug 29 (EFE).- The ...": with a date, the dash may be missing. */
    private static final Pattern AGENCY_DATE_DATELINE = Pattern.compile(
            TITLE_CITY + ", [^\\n(]{0,12}\\d[^\\n(]{0,12}" + AGENCY + "\\.?" + DASH + "?\\s");
    /** "Doha: Gulf capitals rallied ...": a city in title case closed by a colon. */
    private static final Pattern TITLE_COLON_DATELINE = Pattern.compile(TITLE_CITY + ":\\s");
    /** The forms tried in turn: dash, then colon ("ISLAMABAD: Pakistan and ..."), then full stop, then title case. */
    private static final List<Pattern> DATELINES = List.of(DATELINE, COLON_DATELINE, PERIOD_DATELINE, AGENCY_DATELINE,
            AGENCY_DATE_DATELINE, TITLE_COLON_DATELINE);
    private static final Pattern PARTICLE = Pattern.compile("([- ])(Au|Aux|De|Des|Du|La|Le|Les|Es|El|Al|Ul|Ur|Of)([- ])");

    private Dateline() {
    }

    static String country(String text) {
        String head = text.length() > 120 ? text.substring(0, 120) : text;
        Matcher m = null;
        for (Pattern form : DATELINES) {
            Matcher tried = form.matcher(head);
            if (tried.find()) {
                m = tried;
                break;
            }
        }
        if (m == null) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < m.group(1).length(); i++) { // "NUR-SULTAN" -> "Nur-Sultan"
            char c = m.group(1).charAt(i);
            boolean first = i == 0 || !Character.isLetter(m.group(1).charAt(i - 1)) && m.group(1).charAt(i - 1) != '\'';
            name.append(first ? c : Character.toLowerCase(c));
        }
        PhraseTrie.Match<Gazetteer.Entry> hit = whole(name.toString());
        if (hit == null) { // "N'DJAMENA" is "N'Djamena", "COTE D'IVOIRE" "Cote d'Ivoire": try the other apostrophe casing
            hit = whole(java.util.regex.Pattern.compile("'([a-z])").matcher(name).replaceAll(r -> "'" + r.group(1).toUpperCase()));
        }
        if (hit == null) { // "PORT-AU-PRINCE" is "Port-au-Prince", "DAR ES SALAAM" "Dar es Salaam": particles in lower case
            hit = whole(PARTICLE.matcher(name).replaceAll(r -> r.group(1) + r.group(2).toLowerCase() + r.group(3)));
        }
        if (hit == null) {
            return null;
        }
        return hit.values().stream().filter(e -> e.kind() == Gazetteer.Kind.COUNTRY).map(Gazetteer.Entry::id)
                .distinct().reduce((a, b) -> null).orElse(null);
    }

    private static PhraseTrie.Match<Gazetteer.Entry> whole(String name) {
        List<Token> tokens = Tokenizer.tokens(name, 0, name.length());
        PhraseTrie.Match<Gazetteer.Entry> hit = Gazetteer.get().longest(tokens, 0);
        return hit == null || hit.length() != tokens.size() ? null : hit;
    }
}
