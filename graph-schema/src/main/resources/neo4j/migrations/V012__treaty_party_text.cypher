// treaties(filter: {party}) finds a treaty also by its parties list, which no range index
// serves; partyKey joins the parties, so a text index on it turns that scan into a seek.
CREATE TEXT INDEX treaty_party_text IF NOT EXISTS FOR (n:Treaty) ON (n.partyKey);
