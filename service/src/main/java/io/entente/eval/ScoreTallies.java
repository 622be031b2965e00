package io.entente.eval;

import java.util.ArrayList;
import java.util.List;

/** The three defaultdicts of score.py (entities, relations, attributes by type) and its error list. */
final class ScoreTallies {

    final PyDict<Tally> entities = new PyDict<>();
    final PyDict<Tally> relations = new PyDict<>();
    final PyDict<Tally> attributes = new PyDict<>();
    final List<String> errors = new ArrayList<>();

    Tally entity(Object type) {
        return entities.computeIfAbsent(type, Tally::new);
    }

    Tally relation(Object type) {
        return relations.computeIfAbsent(type, Tally::new);
    }

    Tally attribute(String name) {
        return attributes.computeIfAbsent(name, Tally::new);
    }

    void error(String message) {
        errors.add(message);
    }

    /** {@code merged()}: the sum of the tallies of the given keys that exist. */
    static Tally merged(PyDict<Tally> tallies, List<?> keys) {
        Tally sum = new Tally();
        for (Object k : new ArrayList<>(keys)) {
            Tally t = tallies.get(k);
            if (t != null) {
                sum.add(t);
            }
        }
        return sum;
    }
}
