#!/usr/bin/env node
// Offline check of every .tf file under the given roots against the AWS provider's schema (what `terraform validate`
// does with the provider binary, which cannot be downloaded here):
//   - every aws_* resource, data source and ephemeral resource exists;
//   - every argument and block is known to it (nested blocks and dynamic blocks included);
//   - every required argument and block is present (unless a dynamic block or a splat could supply it);
//   - constrained arguments the project uses hold an accepted value (VALORES below; literal values and locals that
//     resolve to literals are checked, expressions are not).
// Schema: the .jsii assembly of @cdktf/provider-aws (generated from hashicorp/aws, version in PROVEDOR), HCL parsed
// with HashiCorp's parser (@cdktf/hcl2json). scripts/ci/verificar-terraform.sh installs both, pinned.
// Usage: node verificar-terraform.js <node_modules dir> <dir> [<dir>...]; exit 1 on any finding.
'use strict';

const fs = require('fs');
const path = require('path');

const [modulos, ...raizes] = process.argv.slice(2);
if (!modulos || raizes.length === 0) {
  console.error('uso: verificar-terraform.js <node_modules> <dir> [<dir>...]');
  process.exit(2);
}
const { parse } = require(path.join(modulos, '@cdktf/hcl2json'));
const PROVEDOR = 'hashicorp/aws/6.25.0';

// Terraform's own arguments and blocks, valid in every resource/data block whatever the provider says.
const META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'connection', 'provisioner']);

// Value constraints the provider enforces at validate/plan time and the project relies on. Path = resource type,
// then argument names through nested blocks. Either `aceitos` (enumeration) or `minimo`/`maximo` (numbers, with
// `ou` listing extra accepted values outside the range).
const VALORES = [
  { caminho: 'aws_lb_listener default_action fixed_response content_type',
    aceitos: ['text/plain', 'text/css', 'text/html', 'application/javascript', 'application/json'] },
  { caminho: 'aws_lb_listener_rule action fixed_response content_type',
    aceitos: ['text/plain', 'text/css', 'text/html', 'application/javascript', 'application/json'] },
  { caminho: 'aws_lb_listener default_action type',
    aceitos: ['forward', 'redirect', 'fixed-response', 'authenticate-cognito', 'authenticate-oidc', 'jwt-validation'] },
  { caminho: 'aws_lb_listener protocol', aceitos: ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE'] },
  { caminho: 'aws_lb_target_group protocol', aceitos: ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE'] },
  { caminho: 'aws_lb_target_group target_type', aceitos: ['instance', 'ip', 'lambda', 'alb'] },
  { caminho: 'aws_lb_target_group slow_start', minimo: 30, maximo: 900, ou: [0] },
  { caminho: 'aws_lb_target_group deregistration_delay', minimo: 0, maximo: 3600 },
  { caminho: 'aws_lb_target_group health_check interval', minimo: 5, maximo: 300 },
  { caminho: 'aws_lb_target_group health_check timeout', minimo: 2, maximo: 120 },
  { caminho: 'aws_lb_target_group health_check healthy_threshold', minimo: 2, maximo: 10 },
  { caminho: 'aws_lb_target_group health_check unhealthy_threshold', minimo: 2, maximo: 10 },
  { caminho: 'aws_ecs_service health_check_grace_period_seconds', minimo: 0, maximo: 2147483647 },
  { caminho: 'aws_ecs_service deployment_minimum_healthy_percent', minimo: 0, maximo: 100 },
  { caminho: 'aws_ecs_service launch_type', aceitos: ['EC2', 'FARGATE', 'EXTERNAL'] },
  { caminho: 'aws_ecs_service propagate_tags', aceitos: ['SERVICE', 'TASK_DEFINITION', 'NONE'] },
  { caminho: 'aws_ecs_service deployment_controller type', aceitos: ['CODE_DEPLOY', 'ECS', 'EXTERNAL'] },
  { caminho: 'aws_ecs_task_definition network_mode', aceitos: ['bridge', 'host', 'awsvpc', 'none'] },
  { caminho: 'aws_ecs_cluster setting name', aceitos: ['containerInsights'] },
  { caminho: 'aws_ecs_cluster setting value', aceitos: ['enhanced', 'enabled', 'disabled'] },
  { caminho: 'aws_ecr_repository image_tag_mutability',
    aceitos: ['MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION', 'MUTABLE_WITH_EXCLUSION'] },
  { caminho: 'aws_appautoscaling_policy policy_type', aceitos: ['StepScaling', 'TargetTrackingScaling', 'PredictiveScaling'] },
  { caminho: 'aws_appautoscaling_policy target_tracking_scaling_policy_configuration predefined_metric_specification predefined_metric_type',
    aceitos: ['ECSServiceAverageCPUUtilization', 'ECSServiceAverageMemoryUtilization', 'ALBRequestCountPerTarget'] },
  { caminho: 'aws_codedeploy_app compute_platform', aceitos: ['ECS', 'Lambda', 'Server'] },
  { caminho: 'aws_codedeploy_deployment_config traffic_routing_config type',
    aceitos: ['AllAtOnce', 'TimeBasedCanary', 'TimeBasedLinear'] },
  { caminho: 'aws_codedeploy_deployment_group auto_rollback_configuration events',
    aceitos: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'] },
  { caminho: 'aws_apigatewayv2_api protocol_type', aceitos: ['HTTP', 'WEBSOCKET'] },
  { caminho: 'aws_apigatewayv2_integration integration_type',
    aceitos: ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'] },
  { caminho: 'aws_apigatewayv2_integration connection_type', aceitos: ['INTERNET', 'VPC_LINK'] },
  { caminho: 'aws_apigatewayv2_integration timeout_milliseconds', minimo: 50, maximo: 30000 },
  { caminho: 'aws_apigatewayv2_authorizer authorizer_type', aceitos: ['JWT', 'REQUEST'] },
  { caminho: 'aws_apigatewayv2_route authorization_type', aceitos: ['NONE', 'AWS_IAM', 'CUSTOM', 'JWT'] },
  { caminho: 'aws_api_gateway_usage_plan throttle_settings rate_limit', minimo: 0, maximo: 1e9 },
  { caminho: 'aws_wafv2_web_acl scope', aceitos: ['REGIONAL', 'CLOUDFRONT'] },
  { caminho: 'aws_wafv2_web_acl custom_response_body content_type', aceitos: ['TEXT_PLAIN', 'TEXT_HTML', 'APPLICATION_JSON'] },
  { caminho: 'aws_wafv2_web_acl rule statement rate_based_statement evaluation_window_sec', aceitos: [60, 120, 300, 600] },
  { caminho: 'aws_wafv2_web_acl rule statement rate_based_statement limit', minimo: 10, maximo: 2000000000 },
  { caminho: 'aws_wafv2_web_acl rule statement rate_based_statement aggregate_key_type',
    aceitos: ['IP', 'FORWARDED_IP', 'CUSTOM_KEYS', 'CONSTANT'] },
  { caminho: 'aws_acm_certificate validation_method', aceitos: ['DNS', 'EMAIL', 'NONE'] },
  { caminho: 'aws_cloudwatch_metric_alarm comparison_operator',
    aceitos: ['GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold',
      'LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'] },
  { caminho: 'aws_cloudwatch_metric_alarm treat_missing_data', aceitos: ['missing', 'ignore', 'breaching', 'notBreaching'] },
  { caminho: 'aws_cloudwatch_metric_alarm statistic', aceitos: ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] },
  { caminho: 'aws_cloudwatch_metric_alarm period', minimo: 10, maximo: 86400 },
  { caminho: 'aws_cloudwatch_log_group retention_in_days',
    aceitos: [0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] },
  { caminho: 'aws_lambda_function runtime',
    aceitos: ['python3.9', 'python3.10', 'python3.11', 'python3.12', 'python3.13', 'nodejs20.x', 'nodejs22.x', 'java21'] },
  { caminho: 'aws_lambda_function timeout', minimo: 1, maximo: 900 },
  { caminho: 'aws_sqs_queue message_retention_seconds', minimo: 60, maximo: 1209600 },
  { caminho: 'aws_sqs_queue visibility_timeout_seconds', minimo: 0, maximo: 43200 },
  { caminho: 'aws_sqs_queue receive_wait_time_seconds', minimo: 0, maximo: 20 },
  { caminho: 'aws_secretsmanager_secret recovery_window_in_days', minimo: 7, maximo: 30, ou: [0] },
  { caminho: 'aws_kms_key deletion_window_in_days', minimo: 7, maximo: 30 },
  { caminho: 'aws_appconfig_deployment_strategy growth_type', aceitos: ['LINEAR', 'EXPONENTIAL'] },
  { caminho: 'aws_appconfig_deployment_strategy replicate_to', aceitos: ['NONE', 'SSM_DOCUMENT'] },
  { caminho: 'aws_appconfig_deployment_strategy deployment_duration_in_minutes', minimo: 0, maximo: 1440 },
  { caminho: 'aws_appconfig_deployment_strategy growth_factor', minimo: 1, maximo: 100 },
  { caminho: 'aws_appconfig_configuration_profile type', aceitos: ['AWS.AppConfig.FeatureFlags', 'AWS.Freeform'] },
  { caminho: 'aws_vpc_endpoint vpc_endpoint_type',
    aceitos: ['Gateway', 'Interface', 'GatewayLoadBalancer', 'Resource', 'ServiceNetwork'] },
  { caminho: 'aws_flow_log traffic_type', aceitos: ['ACCEPT', 'REJECT', 'ALL'] },
  { caminho: 'aws_elasticache_replication_group transit_encryption_mode', aceitos: ['preferred', 'required'] },
  { caminho: 'aws_db_instance storage_type', aceitos: ['standard', 'gp2', 'gp3', 'io1', 'io2'] },
  { caminho: 'aws_cognito_user_pool_client allowed_oauth_flows', aceitos: ['code', 'implicit', 'client_credentials'] },
];

// ---------------------------------------------------------------------------------------------- schema (jsii)
function carregarEsquema() {
  const jsii = JSON.parse(fs.readFileSync(path.join(modulos, '@cdktf/provider-aws/.jsii'), 'utf8'));
  const tipos = jsii.types;
  const porNome = { resource: {}, data: {}, ephemeral: {} };
  const link = /\{@link https:\/\/registry\.terraform\.io\/providers\/([^ ]+)\/docs\/(resources|data-sources|ephemeral-resources)\/[^ ]+ (aws_\w+)\}/;
  let versao = null;
  for (const tipo of Object.values(tipos)) {
    if (tipo.kind !== 'class') continue;
    const m = link.exec((tipo.docs && tipo.docs.summary) || '');
    if (!m) continue;
    versao = m[1];
    const tipoBloco = { resources: 'resource', 'data-sources': 'data', 'ephemeral-resources': 'ephemeral' }[m[2]];
    // The config struct is the constructor's `config` parameter (usually <Class>Config; renamed where it clashes).
    const parametro = ((tipo.initializer && tipo.initializer.parameters) || []).find((p) => p.name === 'config');
    if (parametro && parametro.type.fqn) porNome[tipoBloco][m[3]] = parametro.type.fqn;
  }
  if (versao !== PROVEDOR) throw new Error(`schema de ${versao}, esperado ${PROVEDOR}`);
  return { tipos, porNome, versao };
}

// Arguments of a jsii struct by their Terraform name: { nome: { obrigatorio, bloco: fqn|null } }.
function argumentos(esquema, fqn, memo = new Map()) {
  if (memo.has(fqn)) return memo.get(fqn);
  const tipo = esquema.tipos[fqn];
  const resultado = {};
  memo.set(fqn, resultado);
  for (const pai of tipo.interfaces || []) {
    if (esquema.tipos[pai]) Object.assign(resultado, argumentos(esquema, pai, memo));
  }
  for (const prop of tipo.properties || []) {
    const docs = `${(prop.docs && prop.docs.summary) || ''} ${(prop.docs && prop.docs.remarks) || ''}`;
    const ancora = /#([a-z0-9_]+) \w+#/.exec(docs);
    const nome = ancora ? ancora[1] : prop.name.replace(/[A-Z]/g, (l) => '_' + l.toLowerCase());
    resultado[nome] = { obrigatorio: !prop.optional, bloco: estrutura(esquema, prop.type) };
  }
  return resultado;
}

function estrutura(esquema, tipo) {
  if (!tipo) return null;
  if (tipo.fqn && tipo.fqn.startsWith('@cdktf/provider-aws.') && esquema.tipos[tipo.fqn].kind === 'interface') {
    return tipo.fqn;
  }
  if (tipo.collection) return estrutura(esquema, tipo.collection.elementtype);
  if (tipo.union) {
    for (const t of tipo.union.types) {
      const f = estrutura(esquema, t);
      if (f) return f;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------- the HCL
function arquivosTf(dir) {
  const saida = [];
  for (const entrada of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entrada.name.startsWith('.')) continue;
    const completo = path.join(dir, entrada.name);
    if (entrada.isDirectory()) saida.push(...arquivosTf(completo));
    else if (entrada.name.endsWith('.tf')) saida.push(completo);
  }
  return saida;
}

const achados = [];
const achar = (onde, texto) => achados.push(`${onde}: ${texto}`);

function verificarCorpo(esquema, fqn, corpo, onde, caminho, locais) {
  const args = argumentos(esquema, fqn);
  const presentes = new Set(Object.keys(corpo));
  const dinamicos = corpo.dynamic || {};
  for (const nome of Object.keys(dinamicos)) presentes.add(nome);

  for (const [nome, valor] of Object.entries(corpo)) {
    if (nome === 'dynamic') {
      for (const [bloco, lista] of Object.entries(valor)) {
        const arg = args[bloco];
        if (!arg || !arg.bloco) {
          achar(onde, `bloco dinamico desconhecido "${bloco}"`);
          continue;
        }
        for (const d of lista) {
          for (const chave of Object.keys(d)) {
            if (!['for_each', 'content', 'iterator', 'labels'].includes(chave)) achar(onde, `dynamic "${bloco}": "${chave}"?`);
          }
          for (const c of d.content || []) verificarCorpo(esquema, arg.bloco, c, `${onde} ${bloco}`, [...caminho, bloco], locais);
        }
      }
      continue;
    }
    if (caminho.length === 1 && META.has(nome)) continue;
    const arg = args[nome];
    if (!arg) {
      achar(onde, `argumento ou bloco desconhecido "${nome}"`);
      continue;
    }
    verificarValor(caminho.concat(nome), valor, onde, locais);
    if (arg.bloco) {
      const itens = Array.isArray(valor) ? valor : [valor];
      for (const item of itens) {
        if (item && typeof item === 'object' && !Array.isArray(item)) {
          verificarCorpo(esquema, arg.bloco, item, `${onde} ${nome}`, [...caminho, nome], locais);
        }
      }
    }
  }
  for (const [nome, arg] of Object.entries(args)) {
    if (arg.obrigatorio && !presentes.has(nome)) achar(onde, `falta o obrigatorio "${nome}"`);
  }
}

function verificarValor(caminho, valor, onde, locais) {
  const chave = caminho.join(' ');
  for (const regra of VALORES) {
    if (regra.caminho !== chave) continue;
    const valores = Array.isArray(valor) ? valor : [valor];
    for (let v of valores) {
      if (typeof v === 'string') {
        const local = /^\$\{local\.([a-z0-9_]+)\}$/.exec(v);
        if (local && locais.has(local[1])) v = locais.get(local[1]);
        else if (v.includes('${')) continue; // an expression: Terraform checks it at plan time
      }
      if (regra.aceitos) {
        const aceitos = regra.aceitos.map(String);
        if (!aceitos.includes(String(v))) achar(onde, `${chave} = ${JSON.stringify(v)} fora de [${regra.aceitos.join(', ')}]`);
      } else {
        const n = Number(v);
        const ok = (regra.ou || []).includes(n) || (n >= regra.minimo && n <= regra.maximo);
        if (!ok) achar(onde, `${chave} = ${JSON.stringify(v)} fora de ${regra.minimo}..${regra.maximo}`);
      }
    }
  }
}

async function main() {
  const esquema = carregarEsquema();
  let blocos = 0;
  for (const raiz of raizes) {
    const porDiretorio = new Map();
    for (const arquivo of arquivosTf(raiz)) {
      const dir = path.dirname(arquivo);
      if (!porDiretorio.has(dir)) porDiretorio.set(dir, []);
      let hcl;
      try {
        hcl = await parse(arquivo, fs.readFileSync(arquivo, 'utf8'));
      } catch (erro) {
        achar(arquivo, `HCL invalido: ${erro.message || erro}`);
        continue;
      }
      porDiretorio.get(dir).push({ arquivo, hcl });
    }
    for (const arquivos of porDiretorio.values()) {
      // Locals with a literal value, per module: a constrained argument set through a local is still checked.
      const locais = new Map();
      for (const { hcl } of arquivos) {
        for (const bloco of hcl.locals || []) {
          for (const [nome, v] of Object.entries(bloco)) {
            if (typeof v === 'number' || (typeof v === 'string' && !v.includes('${'))) locais.set(nome, v);
          }
        }
      }
      for (const { arquivo, hcl } of arquivos) {
        for (const tipoBloco of ['resource', 'data', 'ephemeral']) {
          for (const [tipo, instancias] of Object.entries(hcl[tipoBloco] || {})) {
            if (!tipo.startsWith('aws_')) continue;
            const fqn = esquema.porNome[tipoBloco][tipo];
            for (const [nome, corpos] of Object.entries(instancias)) {
              const onde = `${path.relative(process.cwd(), arquivo)} ${tipoBloco === 'resource' ? '' : tipoBloco + '.'}${tipo}.${nome}`;
              blocos++;
              if (!fqn) {
                achar(onde, `tipo desconhecido no provider ${esquema.versao}`);
                continue;
              }
              for (const corpo of corpos) verificarCorpo(esquema, fqn, corpo, onde, [tipo], locais);
            }
          }
        }
      }
    }
  }
  if (blocos === 0) achar(raizes.join(' '), 'nenhum bloco aws_* encontrado');
  for (const a of achados) console.error(`ACHADO ${a}`);
  console.log(`${blocos} blocos aws_* verificados contra ${esquema.versao}: ${achados.length} achado(s)`);
  process.exit(achados.length === 0 ? 0 : 1);
}

main().catch((erro) => {
  console.error(erro);
  process.exit(2);
});
