package io.entente.bench;

import io.entente.extract.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic corpus of synthetic news articles (same seed, same articles): a pool of
 * stories over every state and many office holders, each article leading with one story
 * (popular stories recur across many articles, with changing troop figures) and adding two to
 * four others and some background.
 */
public final class SyntheticCorpus {

    private static final String[] TOPICS = {"Maritime Cooperation", "Strategic Partnership", "Mutual Defence",
            "Energy Security", "Border Demarcation", "Nuclear Cooperation", "Trade and Investment", "Space Research"};
    private static final String[] WIRES = {"Synthetic Wire", "Example Press", "Bench News Agency", "Model Daily"};
    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    private final Cast cast;
    private final long seed;

    public SyntheticCorpus(long seed) {
        this(Cast.fromClasspath(), seed);
    }

    SyntheticCorpus(Cast cast, long seed) {
        this.cast = cast;
        this.seed = seed;
    }

    public List<Article> articles(int count) {
        Random rnd = new Random(seed);
        List<Story> stories = new ArrayList<>();
        int poolSize = Math.max(10, count / 4);
        for (int i = 0; i < poolSize; i++) {
            stories.add(story(rnd, i));
        }
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i, stories, rnd));
        }
        return articles;
    }

    private Article article(int n, List<Story> stories, Random rnd) {
        Story lead = stories.get(popular(rnd, stories.size()));
        List<String> paragraphs = new ArrayList<>();
        int troops = lead.troops() * (1 + rnd.nextInt(4));
        paragraphs.add(Templates.dateline(lead) + Templates.paragraph(lead, troops, rnd) + " " + Templates.filler(rnd));
        int others = 2 + rnd.nextInt(3); // with background, 250 to 450 words: the length of a wire story
        for (int i = 0; i < others; i++) {
            Story other = stories.get(rnd.nextInt(stories.size()));
            paragraphs.add(Templates.paragraph(other, other.troops(), rnd) + " " + Templates.filler(rnd));
        }
        paragraphs.add(Templates.filler(rnd) + " " + Templates.filler(rnd) + " " + Templates.filler(rnd));
        LocalDate published = Templates.after(lead.date(), rnd);
        return new Article("synthetic-" + seed + "-" + n, Templates.title(lead), String.join("\n\n", paragraphs),
                published.toString(), WIRES[rnd.nextInt(WIRES.length)],
                "https://synthetic.entente.example/" + seed + "/" + n);
    }

    /** Low indices far more often than high ones: some stories lead hundreds of articles. */
    private static int popular(Random rnd, int size) {
        double u = rnd.nextDouble();
        return Math.min(size - 1, (int) (size * u * u * u));
    }

    private Story story(Random rnd, int i) {
        Story.Kind kind = Story.Kind.values()[i % Story.Kind.values().length];
        Cast.State a = cast.states.get(rnd.nextInt(cast.states.size()));
        Cast.State b = cast.states.get(rnd.nextInt(cast.states.size()));
        while (b.equals(a)) {
            b = cast.states.get(rnd.nextInt(cast.states.size()));
        }
        LocalDate date = START.plusDays(rnd.nextInt(900));
        String treaty = "Treaty on " + TOPICS[rnd.nextInt(TOPICS.length)];
        int troops = 500 * (1 + rnd.nextInt(20));
        String aid = List.of("pledged", "provided", "considered").get(rnd.nextInt(3));
        return new Story(kind, a, b, person(a, rnd), person(b, rnd), date, treaty, troops, aid);
    }

    private Cast.Person person(Cast.State s, Random rnd) {
        List<Cast.Person> people = cast.people(s.iso3());
        return people.isEmpty() ? null : people.get(rnd.nextInt(people.size()));
    }
}
