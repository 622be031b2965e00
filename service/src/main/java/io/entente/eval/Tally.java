package io.entente.eval;

/** True positives, false positives and false negatives of one entity, relation or attribute kind. */
final class Tally {

    private long tp;
    private long fp;
    private long fn;

    void add(long truePositives, long falsePositives, long falseNegatives) {
        tp += truePositives;
        fp += falsePositives;
        fn += falseNegatives;
    }

    void add(Tally other) {
        add(other.tp, other.fp, other.fn);
    }

    long tp() {
        return tp;
    }

    long fp() {
        return fp;
    }

    long fn() {
        return fn;
    }

    /** The same arithmetic, in the same order, as score.py, so that the doubles agree bit for bit. */
    Prf prf() {
        double p = tp + fp != 0 ? (double) tp / (double) (tp + fp) : 0.0;
        double r = tp + fn != 0 ? (double) tp / (double) (tp + fn) : 0.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(p, r, f);
    }

    /** Precision, recall and F1. */
    record Prf(double p, double r, double f) {
    }
}
