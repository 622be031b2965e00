// Full-text search over names and aliases (aliasText holds the aliases joined by " | ").
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Country|Person|Organization|Location|Treaty) ON EACH [n.name, n.aliasText];
// Date filters used by timelines and windows.
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX treaty_signed IF NOT EXISTS FOR (n:Treaty) ON (n.signedDate);
CREATE INDEX deployment_date IF NOT EXISTS FOR (n:TroopDeployment) ON (n.date);
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
