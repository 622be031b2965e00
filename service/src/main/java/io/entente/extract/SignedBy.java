package io.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a signing records: the SIGNED relations, the signers' states as parties, the treaty's status and date. */
final class SignedBy {

    private SignedBy() {
    }

    /** Signers of treaty {@code t} at {@code hit}: their states become parties, people who sign together meet. */
    static void record(Reading r, Triggers.Hit hit, List<Mention> signers, Node t, boolean witness) {
        String date = r.dateNear(hit.at());
        List<String> people = new ArrayList<>();
        for (Mention signer : signers) {
            r.add("SIGNED", signer.key(), t.key, hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.85);
            String c = Clauses.countryOf(signer, r.model);
            if (c != null && !witness && (signer.kind() != Mention.Kind.PERSON || r.model.node(signer.key()).attr("_international") == null)) {
                ArticleModel.parties(t).add(c);
            }
            if (signer.kind() == Mention.Kind.PERSON && !people.contains(signer.key())) {
                people.add(signer.key());
            }
        }
        for (int i = 0; i < people.size() && !longAgo(date, r.model.published); i++) { // leaders who sign together in one act meet to do it
            for (int j = i + 1; j < people.size(); j++) {
                r.add("MET_WITH", people.get(i), people.get(j), hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.6);
            }
        }
        if (!"ratified".equals(t.attr("status")) && !"in force".equals(t.attr("status"))) {
            t.attrs.put("status", "signed");
        }
        if (date != null && t.attrs.get("signedDate") == null) {
            t.attrs.put("signedDate", date);
        }
    }

    /** A signing dated months before the story ("signed in Minsk in December 2020"): background, not a meeting the story tells. */
    private static boolean longAgo(String date, java.time.LocalDate published) {
        if (date == null || published == null || date.length() < 7) {
            return date != null && published != null && date.length() == 4 && Integer.parseInt(date) < published.getYear() - 1;
        }
        java.time.YearMonth when = java.time.YearMonth.parse(date.substring(0, 7));
        return when.plusMonths(12).isBefore(java.time.YearMonth.from(published));
    }
}
