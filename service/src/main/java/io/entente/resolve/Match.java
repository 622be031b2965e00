package io.entente.resolve;

/** An existing node an extracted entity resolved to, and the rule (README names) that said so. */
record Match(String id, String rule) {

    static final String GAZETTEER = "gazetteer";
    static final String EXACT_NAME = "exact-name";
    static final String ALIAS_OVERLAP = "alias-overlap";
    static final String SURNAME_VARIANT = "surname-variant";
    static final String TREATY_PARTIES = "treaty-parties";
    static final String DEPLOYMENT_WINDOW = "deployment-window";
}
