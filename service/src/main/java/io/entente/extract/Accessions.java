package io.entente.extract;

import java.util.Set;

/**
 * A country joining an alliance, read as one treaty: "Sweden's bid to join NATO", "Finland's
 * NATO accession", "Sweden's accession protocol", "the accession of Sweden to NATO". Every
 * wording of the same country and body names the same treaty, so a later ratification or
 * signing attaches to it.
 */
final class Accessions {

    private static final Set<String> NOUNS = Set.of("bid", "application", "request", "accession", "membership", "entry");

    private Accessions() {
    }

    static void find(SentenceMentions sm, ArticleModel model) {
        nounFirst(sm, model);
        Sentence s = sm.sentence;
        for (Mention c : sm.all()) {
            if (c.kind() != Mention.Kind.COUNTRY || !s.lower(c.to()).equals("'s")) {
                continue;
            }
            int k = c.to() + 1;
            Mention body = sm.at(k);
            if (body != null && isAlliance(body, model) && NOUNS.contains(s.lower(body.to()))) { // "Sweden's NATO bid"
                mark(sm, model, c, body, c.from(), body.to() + 1 + (s.lower(body.to() + 1).equals("protocol") ? 1 : 0));
                continue;
            }
            if (!NOUNS.contains(s.lower(k))) {
                continue;
            }
            int j = k + 1;
            if (s.lower(j).equals("protocol")) {
                j++;
            }
            if (s.lower(j).equals("to") && s.lower(j + 1).equals("join")) {
                j += 2;
            } else if (Set.of("to", "in", "into", "of").contains(s.lower(j))) {
                j++;
            }
            if (s.lower(j).equals("the")) {
                j++;
            }
            body = sm.at(j);
            if (body != null && isAlliance(body, model)) {
                mark(sm, model, c, body, c.from(), body.to());
            } else if (s.lower(k).equals("accession") && model.lastAccession != null) { // "Sweden's accession protocol"
                Node t = model.node(model.lastAccession);
                if (c.key().equals(t.attr("_joiner"))) {
                    sm.put(new Mention(Mention.Kind.TREATY, t.key, c.from(), j, Mention.Use.NAME));
                    model.touchTreaty(t.key);
                }
            }
        }
    }

    /** "the accession of Finland to NATO", "the entry of Sweden into the alliance's bloc": the noun before its joiner. */
    private static void nounFirst(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        for (int k = 1; k + 4 < s.size(); k++) {
            if (!s.lower(k - 1).equals("the") || !NOUNS.contains(s.lower(k)) || !s.lower(k + 1).equals("of")) {
                continue;
            }
            Mention c = sm.at(k + 2);
            if (c == null || c.kind() != Mention.Kind.COUNTRY || !Set.of("to", "in", "into").contains(s.lower(c.to()))) {
                continue;
            }
            int j = c.to() + 1 + (s.lower(c.to() + 1).equals("the") ? 1 : 0);
            Mention body = sm.at(j);
            if (body != null && isAlliance(body, model)) {
                mark(sm, model, c, body, k - 1, body.to());
            }
        }
    }

    private static boolean isAlliance(Mention m, ArticleModel model) {
        return m.kind() == Mention.Kind.ORG && "international".equals(model.node(m.key()).attr("kind"));
    }

    private static void mark(SentenceMentions sm, ArticleModel model, Mention country, Mention body, int from, int to) {
        String joiner = country.key();
        Node org = model.node(body.key());
        String shortName = org.aliases.stream().filter(a -> a.length() <= 6 && a.equals(a.toUpperCase(java.util.Locale.ROOT)))
                .findFirst().orElse(org.name);
        Node t = null;
        for (Node existing : model.treaties()) {
            if (joiner.equals(existing.attr("_joiner")) && body.key().equals(existing.attr("_body"))) {
                t = existing;
            }
        }
        String c = model.node(joiner).name;
        if (t == null) {
            t = model.newTreaty(c + "'s accession to " + shortName);
            t.attrs.put("_joiner", joiner);
            t.attrs.put("_body", body.key());
            t.attrs.put("_named", true);
            for (String form : new String[] {"%s's %s accession", "%s's %s membership", "%s's bid to join %s",
                    "%s's %s bid", "%s's membership of %s", "%s's accession protocol to %s", "%s's %s accession protocol"}) {
                t.alias(String.format(form, c, shortName));
            }
            t.alias(c + "'s accession");
            t.alias(c + "'s accession protocol");
        }
        ArticleModel.parties(t).add(joiner);
        model.lastAccession = t.key;
        model.touchTreaty(t.key);
        model.lastEvent = t.key;
        sm.put(new Mention(Mention.Kind.TREATY, t.key, from, to, Mention.Use.NAME));
    }
}
