package io.entente.extract;

/**
 * Where an edge came from: the sentence, its character offsets [start, end) into the article
 * text, the extractor's confidence in [0, 1], and the extractor's name and version.
 */
public record Evidence(String sentence, int start, int end, double confidence, String extractor, String version) {
}
