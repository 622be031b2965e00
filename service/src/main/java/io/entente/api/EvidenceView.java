package io.entente.api;

import java.util.Map;

/** One supporting sentence of an event, with its article. */
record EvidenceView(String sentence, int start, int end, double confidence, String claimStatus, String date,
                    Integer troops, ArticleView article) {

    static EvidenceView of(Map<String, Object> m) {
        Double confidence = Values.decimal(m, "confidence");
        return new EvidenceView(Values.str(m, "sentence") == null ? "" : Values.str(m, "sentence"),
                Values.count(m, "start"), Values.count(m, "end"), confidence == null ? 0 : confidence,
                Values.str(m, "claimStatus") == null ? "asserted" : Values.str(m, "claimStatus"),
                Values.str(m, "date"), Values.integer(m, "troops"), ArticleView.of(Values.map(m, "article")));
    }
}
