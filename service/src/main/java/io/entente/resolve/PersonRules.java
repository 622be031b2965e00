package io.entente.resolve;

import io.entente.resolve.GraphSnapshot.KnownEntity;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches a person's names against the people of the same country already in the graph:
 * a shared normalised name or alias, else the same first name with a surname within edit
 * distance 2 (Zelenskiy / Zelensky / Zelenskyy), else a bare surname that can mean one person only.
 */
final class PersonRules {

    static final int MAX_SURNAME_DISTANCE = 2;
    private static final int MIN_SURNAME_LENGTH = 4;

    private PersonRules() {
    }

    static Match match(List<String> names, List<KnownEntity> sameCountry) {
        Set<String> mine = normalised(names);
        for (KnownEntity k : sorted(sameCountry)) {
            Set<String> theirs = normalised(k.aliases());
            theirs.add(Names.normalise(k.name()));
            if (theirs.stream().anyMatch(mine::contains)) {
                return new Match(k.id(), Match.ALIAS_OVERLAP);
            }
        }
        List<String> tokens = Names.tokens(names.getFirst());
        if (tokens.isEmpty()) {
            return null;
        }
        KnownEntity best = null;
        int bestDistance = Integer.MAX_VALUE;
        int withinLimit = 0;
        for (KnownEntity k : sorted(sameCountry)) {
            int d = surnameDistance(tokens, Names.tokens(k.name()));
            if (d <= MAX_SURNAME_DISTANCE) {
                withinLimit++;
            }
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        boolean bareSurname = tokens.size() == 1;
        if (best == null || bestDistance > MAX_SURNAME_DISTANCE || (bareSurname && withinLimit > 1)) {
            return null;
        }
        return new Match(best.id(), Match.SURNAME_VARIANT);
    }

    /**
     * Distance between surnames when the first names agree (or one side is a bare surname);
     * above the limit otherwise.
     */
    static int surnameDistance(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        String surnameA = a.getLast();
        String surnameB = b.getLast();
        if (surnameA.length() < MIN_SURNAME_LENGTH || surnameB.length() < MIN_SURNAME_LENGTH) {
            return Integer.MAX_VALUE;
        }
        boolean firstNamesAgree = a.size() == 1 || b.size() == 1 || a.getFirst().equals(b.getFirst());
        if (!firstNamesAgree) {
            return Integer.MAX_VALUE;
        }
        int d = Names.editDistance(surnameA, surnameB, MAX_SURNAME_DISTANCE);
        return d > MAX_SURNAME_DISTANCE ? Integer.MAX_VALUE : d;
    }

    private static Set<String> normalised(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            String k = Names.normalise(n);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    private static List<KnownEntity> sorted(List<KnownEntity> people) {
        return people.stream().sorted(Comparator.comparing(KnownEntity::id)).toList();
    }
}
