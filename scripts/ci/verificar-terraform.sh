#!/usr/bin/env bash
# Offline schema check of infra-terraform/ against the AWS provider (see verificar-terraform.js for what it checks).
# Installs HashiCorp's HCL parser and the provider's published schema, pinned, into a throw-away folder (npm only;
# no provider download, no AWS account), runs the check and removes the folder. Exit status 1 on any finding.
#   scripts/ci/verificar-terraform.sh            # checks infra-terraform/ (root, modules and bootstrap)
#   scripts/ci/verificar-terraform.sh <dir>...   # checks other copies (used to see it fail on a reverted fix)
set -euo pipefail
raiz="$(cd "$(dirname "$0")/../.." && pwd)"
[ "$#" -gt 0 ] || set -- "$raiz/infra-terraform"

command -v node >/dev/null && command -v npm >/dev/null || { echo "verificar-terraform: node and npm are required" >&2; exit 1; }

temporario="$(mktemp -d)"
trap 'rm -rf "$temporario"' EXIT
(
  cd "$temporario"
  echo '{"name":"verificar-terraform","private":true}' > package.json
  # Pinned: the provider schema generated from hashicorp/aws 6.25.0, and the parser Terraform's CDK uses.
  npm install --no-audit --no-fund --ignore-scripts --loglevel=error --save-exact \
    @cdktf/hcl2json@0.21.0 @cdktf/provider-aws@21.22.1 >/dev/null
)
node "$raiz/scripts/ci/verificar-terraform.js" "$temporario/node_modules" "$@"
