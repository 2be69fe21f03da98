"""Reads the build's output: the services' log lines must be JSON with trace ids, and no fixture client id may appear
in clear in them (LGPD). Exit 1 on a leak or when no JSON line carries a trace id."""
import json
import re
import sys

# The client ids the tests and fixtures use (docs/contratos-internos.md, bureau-simulator/README.md).
IDS_DE_TESTE = re.compile(r"(?<![\w.@])(12345|11111|22222|33333|44444|40404|98765|9\d{5})(?!\w)")

linhas = com_trace = 0
vazamentos = []
with open(sys.argv[1], errors="replace") as saida:
    for linha in saida:
        linha = linha.strip()
        if not linha.startswith('{"timestamp"'):
            continue
        try:
            evento = json.loads(linha)
        except ValueError:
            continue
        linhas += 1
        com_trace += 1 if evento.get("trace_id") else 0
        texto = (evento.get("message") or "") + (evento.get("stack_trace") or "")
        if IDS_DE_TESTE.search(texto):
            vazamentos.append(texto[:240])

print(f"log check: {linhas} JSON log lines, {com_trace} with trace_id, {len(vazamentos)} with a client id in clear")
for texto in vazamentos[:10]:
    print("  leak:", texto)
sys.exit(1 if vazamentos or com_trace == 0 else 0)
