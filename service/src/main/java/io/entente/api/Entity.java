package io.entente.api;

/** The GraphQL Entity interface: every node that stands for a real-world thing. */
public interface Entity {
    String id();

    String name();

    String type();
}
