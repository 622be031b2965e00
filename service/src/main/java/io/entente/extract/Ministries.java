package io.entente.extract;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Ministries: "Japan's defence ministry", "the Russian Ministry of Defence", and a bare "the foreign ministry". */
final class Ministries {

    private static final Set<String> MINISTRY_KINDS = Set.of("ministry", "executive");
    /** Words before "the" that make a bare ministry a place or an addressee, not a speaker: "talks at the defence ministry". */
    private static final Set<String> PREPOSITIONS = Set.of("at", "to", "from", "with", "by", "of", "for",
            "in", "into", "inside", "outside", "near", "on", "via");

    private Ministries() {
    }

    /** "Japan's defence ministry", "the Russian Ministry of Defence": an executive body of the owner. */
    static void ministry(SentenceMentions sm, ArticleModel model, int from, int to) {
        Mention owner = Bodies.ownerBefore(sm, from);
        if (owner == null && from > 0 && sm.sentence.lower(from - 1).equals("its")) {
            String state = Clauses.firstState(sm, from - 1, null);
            if (state != null) { // "Russia ... took a sharper line: its foreign ministry accused": the state speaking
                sm.put(new Mention(Mention.Kind.COUNTRY, state, from - 1, to, Mention.Use.ANAPHOR));
            }
            return;
        }
        Sentence s = sm.sentence;
        String topic = s.lower(from).equals("ministry") ? s.lower(from + 2) : s.lower(from);
        if (owner == null) {
            boolean speaker = s.lower(from - 1).equals("the") && !PREPOSITIONS.contains(s.lower(from - 2))
                    && !PREPOSITIONS.contains(s.lower(to)) && !s.lower(to).equals("'s");
            Node bare = speaker ? bare(model, topic) : null;
            if (bare != null) {
                sm.put(new Mention(Mention.Kind.ORG, bare.key, from, to, Mention.Use.ANAPHOR));
            }
            return;
        }
        Node n = adHoc(model, topic, owner.key());
        n.alias(Bodies.surface(s, owner.from(), to));
        if (topic.startsWith("defen")) {
            n.alias("Ministry of Defence");
            n.alias("Ministry of Defense");
            n.alias("Defence Ministry");
            n.alias("Defense Ministry");
        }
        n.attrs.put("kind", topic.equals("intelligence") ? "intelligence" : "executive");
        sm.put(new Mention(Mention.Kind.ORG, n.key, owner.from(), to, Mention.Use.NAME));
    }

    /** The ministry of {@code topic} of {@code country} the gazetteer lacks: "Ministry of Foreign Affairs", "Ministry of Defence". */
    private static Node adHoc(ArticleModel model, String topic, String country) {
        String title = Character.toUpperCase(topic.charAt(0)) + topic.substring(1);
        Node n = BodyNodes.adHoc(model, topic.equals("foreign") ? "Ministry of Foreign Affairs" : "Ministry of " + title, "executive", country);
        n.alias(title + " Ministry");
        return n;
    }

    /**
     * The ministry a story means by a bare "the foreign ministry": the one of that topic it has named
     * already, else, with none, the dateline state's (a Dushanbe story's "the foreign ministry" is
     * Tajikistan's). Null when two states' ministries of that topic are named, or there is no dateline.
     */
    private static Node bare(ArticleModel model, String topic) {
        String word = topic.startsWith("defen") ? "defen" : topic;
        List<Node> named = model.nodes.values().stream().filter(n -> n.type.equals("Organization") && n.attr("country") != null
                && MINISTRY_KINDS.contains(n.attr("kind")) && about(n.name, n.aliases, word)).toList();
        if (!named.isEmpty()) {
            return named.stream().map(n -> n.attr("country")).distinct().count() == 1 ? named.getFirst() : null;
        }
        String home = model.datelineNamed();
        if (home == null) {
            return null;
        }
        for (Gazetteer.OrgInfo known : Gazetteer.get().orgsOf(home, "ministry")) {
            if (about(known.name(), known.aliases(), word)) {
                Node n = BodyNodes.known(model, known); // "the foreign ministry" of a Pakistani story: its Foreign Office
                n.standalone = false; // named only so, it counts when it acts
                return n;
            }
        }
        Node n = adHoc(model, topic, home);
        n.standalone = false;
        return n;
    }

    private static boolean about(String name, Collection<String> aliases, String word) {
        return Stream.concat(Stream.of(name), aliases.stream()).anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(word));
    }
}
