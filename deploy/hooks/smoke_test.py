"""CodeDeploy AfterAllowTestTraffic hook: smoke-tests the replacement task set through the ALB test listener.

The test listener (8443) already points at the new (green) tasks while production traffic still goes to the old
ones. For the service being deployed this checks that the route answers, that TLS verifies, and that the security
and error contract holds: a request without a token must get 401 as application/problem+json. Anything else fails
the hook, and CodeDeploy rolls the deployment back before a customer request reaches the new version.
Standard library and boto3 only (both in the Lambda runtime).
"""

import json
import os
import ssl
import time
import urllib.error
import urllib.request

import boto3

TENTATIVAS = 6
ESPERA_SEGUNDOS = 5
TIMEOUT_SEGUNDOS = 5
# Time kept back to report to CodeDeploy: a hook that times out never reports, and the deployment then waits for
# the hook's own timeout (up to an hour) instead of rolling back at once.
MARGEM_SEGUNDOS = 15

codedeploy = boto3.client("codedeploy")


def handler(event, context):
    implantacao = event["DeploymentId"]
    execucao = event["LifecycleEventHookExecutionId"]
    status = "Failed"
    try:
        servico = _servico_da_implantacao(implantacao)
        url = os.environ["URL_TESTE"].rstrip("/") + json.loads(os.environ["CAMINHOS"])[servico]
        falha = _verificar_com_tentativas(url, _prazo(context))
        if falha is None:
            status = "Succeeded"
            print(json.dumps({"resultado": "ok", "servico": servico, "url": url}))
        else:
            print(json.dumps({"resultado": "falha", "servico": servico, "url": url, "motivo": falha}))
    except Exception as erro:  # any surprise fails the hook: rolling back is the safe side
        print(json.dumps({"resultado": "erro", "motivo": repr(erro)}))
    finally:
        codedeploy.put_lifecycle_event_hook_execution_status(
            deploymentId=implantacao, lifecycleEventHookExecutionId=execucao, status=status
        )
    return status


def _servico_da_implantacao(implantacao):
    info = codedeploy.get_deployment(deploymentId=implantacao)["deploymentInfo"]
    return info["deploymentGroupName"]


def _prazo(context):
    """Monotonic instant after which no new attempt starts (the Lambda's remaining time minus the margin)."""
    restante = context.get_remaining_time_in_millis() / 1000 if context is not None else 120
    return time.monotonic() + restante - MARGEM_SEGUNDOS


def _verificar_com_tentativas(url, prazo):
    falha = "nenhuma tentativa"
    for tentativa in range(TENTATIVAS):
        if time.monotonic() + TIMEOUT_SEGUNDOS > prazo:
            return f"{falha} (sem tempo para outra tentativa)"
        falha = verificar(url)
        if falha is None:
            return None
        espera = ESPERA_SEGUNDOS * (tentativa + 1)
        if time.monotonic() + espera + TIMEOUT_SEGUNDOS > prazo:
            return f"{falha} (sem tempo para outra tentativa)"
        time.sleep(espera)
    return falha


def verificar(url):
    """Returns None when the contract holds, or why it does not."""
    pedido = urllib.request.Request(url, method="GET", headers={"Accept": "application/json"})
    contexto = ssl.create_default_context()
    try:
        with urllib.request.urlopen(pedido, timeout=TIMEOUT_SEGUNDOS, context=contexto) as resposta:
            return f"esperado 401 sem token, veio {resposta.status}"
    except urllib.error.HTTPError as erro:
        tipo = erro.headers.get("Content-Type", "")
        if erro.code != 401:
            return f"esperado 401 sem token, veio {erro.code}"
        if not tipo.startswith("application/problem+json"):
            return f"401 sem problem+json (Content-Type: {tipo})"
        return None
    except (urllib.error.URLError, TimeoutError, ssl.SSLError) as erro:
        return f"sem resposta: {erro!r}"
