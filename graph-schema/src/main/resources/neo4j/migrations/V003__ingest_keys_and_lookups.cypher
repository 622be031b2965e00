// Event relationships: one per (type, subject, object), found by their stable id. The
// uniqueness constraint also makes concurrent MERGEs of one event safe, and its index serves
// the API's lookups by id.
CREATE CONSTRAINT signed_id IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT ratified_id IF NOT EXISTS FOR ()-[r:RATIFIED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT deployed_to_id IF NOT EXISTS FOR ()-[r:DEPLOYED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT condemned_id IF NOT EXISTS FOR ()-[r:CONDEMNED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT holds_office_id IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT allied_with_id IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT reported_id IF NOT EXISTS FOR ()-[r:REPORTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT denied_id IF NOT EXISTS FOR ()-[r:DENIED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT met_with_id IF NOT EXISTS FOR ()-[r:MET_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT aided_id IF NOT EXISTS FOR ()-[r:AIDED]-() REQUIRE r.id IS UNIQUE;
// Evidence: one node per (relationship, article, sentence); found by relationship (API),
// by article (replacing a changed article) and by deployment (each source's troop figure).
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE INDEX evidence_rel IF NOT EXISTS FOR (n:Evidence) ON (n.relId);
CREATE INDEX evidence_article IF NOT EXISTS FOR (n:Evidence) ON (n.articleId);
CREATE INDEX evidence_deployment IF NOT EXISTS FOR (n:Evidence) ON (n.deploymentId);
// Resolution reads these inside the write transaction of every article.
CREATE INDEX person_country IF NOT EXISTS FOR (n:Person) ON (n.country);
CREATE INDEX treaty_parties IF NOT EXISTS FOR (n:Treaty) ON (n.partyKey);
CREATE INDEX deployment_pair IF NOT EXISTS FOR (n:TroopDeployment) ON (n.pairKey);
