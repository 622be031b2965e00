package io.entente.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** "Ethiopia and Eritrea accused each other", "the two sides condemned one another": blame both ways. */
final class MutualBlame {

    private static final Set<String> BLAME = Set.of("CONDEMN", "REPORT", "CALL");

    private MutualBlame() {
    }

    static void find(Reading r, Set<String> done) {
        Sentence s = r.sentence;
        for (int k = 1; k + 1 < s.size(); k++) {
            boolean eachOther = s.lower(k).equals("each") && s.lower(k + 1).equals("other")
                    || s.lower(k).equals("one") && s.lower(k + 1).equals("another");
            if (!eachOther) {
                continue;
            }
            int verb = k - 1;
            if (!BLAME.stream().anyMatch(c -> r.triggers.is(verb, c)) || Clauses.modal(s, verb)
                    || r.triggers.is(verb, "REPORT") && !s.lower(verb).startsWith("accus")) {
                continue;
            }
            List<Mention> both = SubjectLists.subjectsBefore(r.mentions, verb);
            if (both.size() != 2 || both.stream().anyMatch(m -> done.contains(m.key()))) {
                continue;
            }
            r.add("CONDEMNED", both.get(0).key(), both.get(1).key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
            r.add("CONDEMNED", both.get(1).key(), both.get(0).key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
            both.forEach(m -> done.add(m.key()));
        }
    }
}
