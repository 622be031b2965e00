// The API lists deployments into or out of a country: seek them by either end.
CREATE INDEX deployment_from IF NOT EXISTS FOR (n:TroopDeployment) ON (n.from);
CREATE INDEX deployment_to IF NOT EXISTS FOR (n:TroopDeployment) ON (n.to);
