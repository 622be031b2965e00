package io.entente.extract;

import java.util.Locale;
import java.util.Map;

/** Latinate combining forms of country names, as in "Franco-Polish treaty" or "Sino-Russian pact". */
final class CombiningForms {

    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("franco", "FRA"), Map.entry("sino", "CHN"), Map.entry("russo", "RUS"), Map.entry("anglo", "GBR"),
            Map.entry("indo", "IND"), Map.entry("italo", "ITA"), Map.entry("greco", "GRC"), Map.entry("turco", "TUR"),
            Map.entry("nippo", "JPN"), Map.entry("austro", "AUT"), Map.entry("hispano", "ESP"), Map.entry("luso", "PRT"),
            Map.entry("germano", "DEU"), Map.entry("polono", "POL"), Map.entry("belgo", "BEL"), Map.entry("dano", "DNK"),
            Map.entry("helleno", "GRC"), Map.entry("serbo", "SRB"), Map.entry("judeo", "ISR"), Map.entry("americano", "USA"));

    private CombiningForms() {
    }

    /** The country of a capitalised combining form followed by a hyphen ("Franco-"), else null. */
    static String country(Sentence s, int k) {
        if (!s.token(k).capitalised() || !(s.lower(k + 1).equals("-") || s.lower(k + 1).equals("–"))) {
            return null;
        }
        return FORMS.get(s.lower(k).toLowerCase(Locale.ROOT));
    }
}
