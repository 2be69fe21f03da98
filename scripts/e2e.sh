#!/usr/bin/env bash
# End-to-end check of the started stack (issue 7): packages the applications, then runs local-stack's PilhaLocalE2EIT
# (-Pe2e), which starts the stack on ports shifted by 10000, drives it through the edge and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
MODULOS=auth-server,edge-gateway,concessao-service,motor-regras-service,historico-service,score-service,investimento-service,bureau-simulator,local-stack
# forceCreation: see run-local.sh (a common-lib change must reach every service jar).
./mvnw -q -B -DskipTests -Dspotbugs.skip -Dspotless.check.skip -Dmaven.jar.forceCreation=true -pl "$MODULOS" -am package
./mvnw -B -Pe2e -Dspotbugs.skip -Dspotless.check.skip -pl local-stack verify
