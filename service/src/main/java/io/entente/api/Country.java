package io.entente.api;

import java.util.List;

/** GraphQL view of a Country node; the record name matches the GraphQL type for type resolution. */
public record Country(String id, String iso2, String name, String officialName, List<String> aliases,
                     List<String> adjectives, String capital, List<String> metonyms, String status)
        implements Entity {

    public String code() {
        return id;
    }

    @Override
    public String type() {
        return "Country";
    }
}
