package io.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles an article's troop deployments: one TroopDeployment per (sender, receiver) pair;
 * a statement missing one end joins the only pair it fits. Adds DEPLOYED_TO unless every
 * statement of the pair is a denial.
 */
final class Deployments {

    private Deployments() {
    }

    /** Adds the deployment entities and relations; returns deployment reference to entity key. */
    static Map<String, String> settle(ArticleModel model, List<Draft> drafts) {
        List<String> pairs = new ArrayList<>();
        for (DeploymentEvent e : model.deployments) {
            if (e.from() != null && e.to() != null && !pairs.contains(e.from() + ":" + e.to())) {
                pairs.add(e.from() + ":" + e.to());
            }
        }
        String host = soleDestination(model, pairs);
        Map<String, List<DeploymentEvent>> byPair = new LinkedHashMap<>();
        for (DeploymentEvent e : model.deployments) {
            String pair = resolve(pairs, e.from(), e.to());
            if (pair == null && host != null && e.to() == null && e.from() != null && !e.from().equals(host)
                    && e.status() != ClaimStatus.DENIED && e.confidence() >= 0.5) {
                pair = e.from() + ":" + host; // "Tajikistan dispatched about 200 soldiers": to where the story's force is
                pairs.add(pair);
            }
            if (pair != null) {
                byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (Map.Entry<String, List<DeploymentEvent>> entry : byPair.entrySet()) {
            String[] ends = entry.getKey().split(":");
            String key = node(model, ends[0], ends[1], entry.getValue()).key;
            keys.put(Draft.deployment(ends[0], ends[1]), key);
            relation(model, drafts, ends, key, entry.getValue());
        }
        for (Draft d : drafts) {
            String ref = d.object();
            if (ref.startsWith(Draft.DEPLOYMENT) && !keys.containsKey(ref)) {
                String[] ends = ref.substring(Draft.DEPLOYMENT.length()).split(":");
                String pair = resolve(pairs, ends[0].equals("?") ? null : ends[0], ends[1].equals("?") ? null : ends[1]);
                if (pair != null) {
                    String[] p = pair.split(":");
                    keys.put(ref, keys.get(Draft.deployment(p[0], p[1])));
                }
            }
        }
        return keys;
    }

    /**
     * The one country every complete deployment of the article goes to, if it is also the
     * story's home (dateline or most named) or the home sends troops there (a story on the
     * Kenyan force in Haiti): a contributor named without a destination sends its troops there.
     */
    private static String soleDestination(ArticleModel model, List<String> pairs) {
        java.util.Set<String> to = new java.util.HashSet<>();
        for (String pair : pairs) {
            to.add(pair.split(":")[1]);
        }
        String only = to.size() == 1 ? to.iterator().next() : null;
        String home = model.homeCountry();
        return only != null && (only.equals(home) || pairs.contains(home + ":" + only)) ? only : null;
    }

    private static String resolve(List<String> pairs, String from, String to) {
        if (from != null && to != null) {
            return pairs.contains(from + ":" + to) ? from + ":" + to : null;
        }
        String found = null;
        for (String pair : pairs) {
            String[] p = pair.split(":");
            if ((from == null || p[0].equals(from)) && (to == null || p[1].equals(to))) {
                if (found != null) {
                    return null; // ambiguous
                }
                found = pair;
            }
        }
        return found;
    }

    private static Node node(ArticleModel model, String from, String to, List<DeploymentEvent> events) {
        model.country(from);
        model.country(to);
        String key = "deployment-" + from.toLowerCase(java.util.Locale.ROOT) + "-" + to.toLowerCase(java.util.Locale.ROOT);
        Node n = model.nodes.computeIfAbsent(key, k -> new Node(k, "TroopDeployment",
                model.node(from).name + " troops in " + model.node(to).name));
        n.standalone = true;
        n.attrs.put("from", from);
        n.attrs.put("to", to);
        for (DeploymentEvent e : events) {
            if (e.location() != null && n.attrs.get("location") == null) {
                n.attrs.put("location", e.location());
                Node place = model.node(ArticleModel.slug(e.location()));
                if (place != null) {
                    place.standalone = true;
                }
            }
            if (e.troops() != null && n.attrs.get("troops") == null) {
                n.attrs.put("troops", e.troops());
            }
            if (e.date() != null && n.attrs.get("date") == null) {
                n.attrs.put("date", e.date());
            }
        }
        return n;
    }

    private static void relation(ArticleModel model, List<Draft> drafts, String[] ends, String key, List<DeploymentEvent> events) {
        if (events.stream().noneMatch(e -> e.from() != null && e.to() != null && !e.planned())
                && events.stream().anyMatch(DeploymentEvent::planned)) {
            return; // only a claim that troops would go there: "a contingent ready for deployment" joins no fact
        }
        DeploymentEvent best = null;
        for (DeploymentEvent e : events) {
            if (e.status() == ClaimStatus.DENIED || e.planned()) {
                continue;
            }
            if (best == null || rank(e) > rank(best)) {
                best = e;
            }
        }
        if (best == null) {
            return;
        }
        Node n = model.node(key);
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (n.attrs.get("troops") != null) {
            attrs.put("troops", n.attrs.get("troops"));
        }
        if (n.attrs.get("location") != null) {
            attrs.put("location", n.attrs.get("location"));
        }
        drafts.add(new Draft("DEPLOYED_TO", ends[0], ends[1], n.attr("date"), attrs, best.status(), best.sentence(), best.confidence()));
    }

    private static double rank(DeploymentEvent e) {
        boolean complete = e.confidence() >= 0.7;
        return (complete ? 2 : 0) + (e.status() == ClaimStatus.ASSERTED ? 1 : 0) + e.confidence();
    }
}
