package io.entente.api;

import java.util.List;
import java.util.Map;

/** The GraphQL Network: nodes and edges are the maps the network statement returns. */
record Network(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) { }
