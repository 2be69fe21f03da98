# dev: same shape as prod, smaller and cheaper. Still three AZs (the policy tests require it everywhere) so that
# failover behaviour is the same one that runs in prod.
ambiente           = "dev"
conta_aws          = "111111111111"
regiao             = "sa-east-1"
azs                = ["sa-east-1a", "sa-east-1b", "sa-east-1c"]
cidr_vpc           = "10.40.0.0/16"
nat_por_az         = false
zona_publica       = "dev.credito.example.com.br"
dominio_interno    = "servicos.dev.credito.example.com.br"
bureau_url         = "https://bureau-homologacao.example.com.br"
retencao_logs_dias = 30
alarme_email       = ""

dimensionamento = {
  concessao    = { cpu = 512, memoria = 1024, minimo = 1, maximo = 3, requisicoes_por_alvo = 6000, cpu_alvo = 60 }
  motor-regras = { cpu = 512, memoria = 1024, minimo = 1, maximo = 3, requisicoes_por_alvo = 6000, cpu_alvo = 60 }
  historico    = { cpu = 512, memoria = 1024, minimo = 1, maximo = 3, requisicoes_por_alvo = 6000, cpu_alvo = 60 }
  score        = { cpu = 512, memoria = 1024, minimo = 1, maximo = 3, requisicoes_por_alvo = 6000, cpu_alvo = 60 }
  investimento = { cpu = 512, memoria = 1024, minimo = 1, maximo = 3, requisicoes_por_alvo = 6000, cpu_alvo = 60 }
}

banco = {
  classe               = "db.t4g.medium"
  armazenamento_gb     = 20
  armazenamento_max_gb = 100
  retencao_backup_dias = 7
  protecao_exclusao    = false
}

cache = {
  tipo_no = "cache.t4g.small"
  num_nos = 2
}

# Per API client (Cognito client_id), per minute, enforced by AWS WAF on the internal ALB: one channel cannot
# take the whole stage limit above.
limite_por_cliente = 600

api_throttling = { taxa = 100, rajada = 200 }
canary_deploy  = { percentual = 10, minutos = 5 }
