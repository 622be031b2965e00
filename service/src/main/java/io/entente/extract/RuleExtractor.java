package io.entente.extract;

import io.entente.extract.time.DateResolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The deterministic offline extractor: reads an article sentence by sentence (mentions, then
 * treaty, deployment, stance and other events) into an {@link ArticleModel}, then assembles the
 * graph. Thread-safe: all state is per call; gazetteer, word lists and date rules load once.
 */
public final class RuleExtractor implements Extractor {

    public static final String NAME = "rules";
    public static final String VERSION = "0.1.0";
    /** Longest article text accepted, in characters. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    private static final int MAX_SENTENCE_TOKENS = 400;

    private static final System.Logger LOG = System.getLogger(RuleExtractor.class.getName());
    private static final java.util.concurrent.atomic.AtomicLong FAILED_SENTENCES = new java.util.concurrent.atomic.AtomicLong();

    private final DateResolver dates = new DateResolver();

    /**
     * Reads one sentence; a rule that fails on it costs that sentence, logged and counted, not the
     * whole article (whose other sentences may carry every fact an analyst needs).
     */
    static void guarded(Runnable readSentence, String articleId, int sentence) {
        try {
            readSentence.run();
        } catch (RuntimeException e) {
            FAILED_SENTENCES.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "extract: article " + articleId + ", sentence " + sentence + " skipped", e);
        }
    }

    /** Sentences skipped by {@link #guarded} since start: tests keep this at zero over every corpus. */
    static long failedSentences() {
        return FAILED_SENTENCES.get();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public ArticleGraph extract(Article article) {
        String text = article.text();
        if (text.length() > MAX_TEXT_CHARS || article.title().length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("article " + article.id() + " is " + text.length()
                    + " characters long; the limit is " + MAX_TEXT_CHARS);
        }
        LocalDate published = DateResolver.parsePublished(article.publishedAt());
        ArticleModel model = new ArticleModel(text, published);
        model.dateline = Dateline.country(text);
        headline(article.title(), model);
        int index = 0;
        for (int[] span : SentenceSplitter.split(text)) {
            List<Token> tokens = Tokenizer.tokens(text, span[0], span[1]);
            String sentence = text.substring(span[0], span[1]);
            if (tokens.size() <= MAX_SENTENCE_TOKENS && !shouted(tokens) && !credit(sentence)) { // a run-on "sentence" (a table, a dump) is not prose
                Sentence read = new Sentence(index++, span[0], span[1], sentence, tokens, false);
                guarded(() -> read(read, text, model), article.id(), read.index());
            }
        }
        String title = article.title().strip();
        if (!title.isEmpty()) {
            int before = model.drafts.size();
            java.util.Set<String> bodyNodes = new java.util.HashSet<>(model.nodes.keySet());
            if (!model.treaties().isEmpty()) { // the headline's pact is the one the story opened with, not a background one named last
                model.touchTreaty(model.treaties().getFirst().key);
            }
            List<Token> tokens = Tokenizer.tokens(title, 0, title.length());
            if (tokens.size() <= MAX_SENTENCE_TOKENS) {
                guarded(() -> read(new Sentence(-1, 0, title.length(), title, tokens, true), title, model), article.id(), -1);
            }
            keepTitleFallbacks(model, before);
            for (Node n : model.nodes.values()) {
                if (!bodyNodes.contains(n.key) && (n.type.equals("Organization") || n.type.equals("Location"))) {
                    n.standalone = false; // a headline's shorthand body ("Russian parliament") counts only if it acts
                }
            }
        }
        model.embassyHosts.forEach((iso, times) -> {
            if (model.mentions(iso) <= times && model.nodes.containsKey(iso)) {
                model.node(iso).standalone = false; // named only as an embassy's city: no actor of the story
            }
        });
        String outlet = article.source() == null ? "" : article.source().strip();
        for (Node n : model.nodes.values()) {
            if (n.type.equals("Organization") && !model.mentionedBodies.contains(n.key)) {
                n.standalone = false; // its only mention became part of a person's name ("Therese Kayikwamba Wagner")
            }
            if (n.type.equals("Organization") && !outlet.isEmpty() && n.name.equalsIgnoreCase(outlet)) {
                n.standalone = false; // the article's own outlet ("(Andean Wire Service)") is no actor unless it acts
            }
        }
        return GraphAssembler.assemble(article.id(), model, NAME, VERSION);
    }

    /**
     * A heading in capitals ("PRESIDENT ABINADER RECEIVES THE SECRETARY OF WAR"): its words cannot
     * be told from names, and the body says the same in prose.
     */
    private static boolean shouted(List<Token> tokens) {
        int words = 0;
        for (Token t : tokens) {
            String w = t.text();
            if (w.length() >= 2 && Character.isLetter(w.charAt(0))) {
                if (!w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3;
    }

    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile("(?i)^\\(?\\s*(additional )?"
            + "(reporting|writing|editing|compiled)( and (writing|editing))? by\\b.*|.*\\bcontributed (to this report|reporting)\\b.*"
            + "|^(our standards|read more|read also|also read|related|see also)\\s*:.*|^sign up here\\b.*",
            java.util.regex.Pattern.DOTALL);

    /**
     * A wire story's credits ("(Reporting by X in Melbourne; Editing by Y)", "X in Tokyo contributed to this
     * report") and a page's links to other stories ("Read more: Hungary condemns ...") report nothing here.
     */
    private static boolean credit(String sentence) {
        return CREDIT.matcher(sentence.strip()).matches();
    }

    private void read(Sentence s, String text, ArticleModel model) {
        SentenceMentions sm = new SentenceMentions(s);
        AcronymBodies.find(sm, model);
        GazetteerMentions.find(sm, model);
        Bodies.find(sm, model);
        PoliticalParties.find(sm, model);
        People.find(sm, model);
        CountryAnaphora.find(sm, model);
        Places.find(sm, model);
        Embassies.find(sm, model);
        Accessions.find(sm, model);
        Treaties.find(sm, model);
        dropDatelineOutlet(sm, model);
        Reading r = new Reading(s, sm, model, dates, text);
        TreatyEvents.find(r);
        Joinings.find(r);
        int firstDeployment = model.deployments.size();
        DeploymentEvents.find(r, text);
        Attacks.note(r);
        Attacks.noteIntrusion(r);
        Attacks.noteCoup(r);
        Votes.note(r);
        ClaimStatus status = Stances.find(r);
        if (status != ClaimStatus.ASSERTED) {
            for (int i = firstDeployment; i < model.deployments.size(); i++) {
                DeploymentEvent e = model.deployments.get(i);
                model.deployments.set(i, e.withStatus(status));
            }
        }
        OtherEvents.find(r);
        for (Mention m : sm.all()) {
            if (m.kind() == Mention.Kind.ORG) {
                model.mentionedBodies.add(m.key());
            }
            if (m.kind() == Mention.Kind.PERSON) {
                model.recentPeople.remove(m.key());
                model.recentPeople.add(m.key());
            }
        }
        List<String> places = DeploymentTargets.placeStates(r, s.size());
        if (!places.isEmpty()) {
            model.lastPlaceStates = places;
        }
        Mention opening = sm.at(afterDateline(s));
        if (opening != null && opening.kind() == Mention.Kind.COUNTRY
                && (opening.use() != Mention.Use.MODIFIER || s.lower(opening.to()).equals("'s"))) {
            model.openingState = opening.key();
            model.openingSentence = s.index();
        }
        for (Mention m : sm.all()) { // the clause's head actor, for bare offices in the next sentence
            if (saidBefore(s, m.from())) {
                break; // "The letter said Washington had ...": Washington heads a reported clause only
            }
            if (m.isActor() && !Clauses.preposed(s, m.from())) {
                model.lastHeadActor = m.key();
                String c = Clauses.countryOf(m, model);
                if (c != null) {
                    model.lastSubjectCountry = c;
                    model.lastSubjectSentence = s.index();
                }
                break;
            }
        }
    }

    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--");

    /** "JAKARTA, Oct 1 (Reuters) -": the outlet that filed the story is no actor in it. */
    private static void dropDatelineOutlet(SentenceMentions sm, ArticleModel model) {
        int end = afterDateline(sm.sentence);
        for (Mention m : sm.all()) {
            if (m.kind() == Mention.Kind.ORG && "media".equals(model.node(m.key()).attr("kind"))) {
                boolean byline = Set.of("(", "/").contains(sm.sentence.lower(m.from() - 1))
                        && Set.of(")", "/").contains(sm.sentence.lower(m.to())); // "Managua, Jun 20 (Prensa Latina)", "/TASS/."
                if (m.from() < end || byline && sm.sentence.index() <= 1) {
                    sm.remove(m);
                } else if (!sm.sentence.lower(m.from() - 1).equals("told")) { // "told Reuters": the outlet asking
                    model.node(m.key()).standalone = true; // "carried by the official KCNA": a source the story names
                }
            }
        }
    }

    /** The first token after a dateline ("LISBON, March 2 (Wire) - "), else 0. */
    static int afterDateline(Sentence s) {
        String first = s.size() > 0 ? s.token(0).text() : "";
        if (first.length() < 2 || !first.equals(first.toUpperCase(java.util.Locale.ROOT))) {
            return 0;
        }
        for (int k = 1; k < s.size() && k < 15; k++) {
            if (DASHES.contains(s.token(k).text())) {
                return k + 1;
            }
        }
        return 0;
    }

    private static boolean saidBefore(Sentence s, int to) {
        for (int k = 0; k < to; k++) {
            if (Clauses.SAY_WORDS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Notes the countries a headline names unambiguously, before the body is read. */
    private static void headline(String title, ArticleModel model) {
        List<Token> tokens = Tokenizer.tokens(title, 0, title.length());
        for (int i = 0; i < tokens.size() && tokens.size() <= MAX_SENTENCE_TOKENS; i++) {
            PhraseTrie.Match<Gazetteer.Entry> m = tokens.get(i).capitalised() ? Gazetteer.get().longest(tokens, i) : null;
            if (m == null) {
                continue;
            }
            List<String> isos = m.values().stream().filter(e -> e.kind() == Gazetteer.Kind.COUNTRY).map(Gazetteer.Entry::id).distinct().toList();
            if (isos.size() == 1) {
                model.headlineCountries.add(isos.getFirst());
            }
            i += m.length() - 1;
        }
    }

    /** A headline relation counts only when the body has none of its type about the same object. */
    private static void keepTitleFallbacks(ArticleModel model, int before) {
        List<Draft> body = new ArrayList<>(model.drafts.subList(0, before));
        List<Draft> title = new ArrayList<>(model.drafts.subList(before, model.drafts.size()));
        model.drafts.subList(before, model.drafts.size()).clear();
        for (Draft d : title) {
            String by = model.countryOf(d.subject());
            boolean covered = body.stream().anyMatch(b -> b.type().equals(d.type())
                    && (b.object().equals(d.object()) || by != null && by.equals(model.countryOf(b.subject()))));
            if (!covered) {
                model.drafts.add(d);
            }
        }
    }
}
