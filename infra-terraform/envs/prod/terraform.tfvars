# prod: sized for 50 TPS average and 600 TPS peaks (see modules/ecs/autoscaling.tf for the arithmetic).
ambiente           = "prod"
conta_aws          = "222222222222"
regiao             = "sa-east-1"
azs                = ["sa-east-1a", "sa-east-1b", "sa-east-1c"]
cidr_vpc           = "10.50.0.0/16"
nat_por_az         = true
zona_publica       = "credito.example.com.br"
dominio_interno    = "servicos.credito.example.com.br"
bureau_url         = "https://bureau.example.com.br"
retencao_logs_dias = 400
alarme_email       = "sre-credito@example.com.br"

# 1 vCPU / 2 GiB per task; floor of 3 (one per AZ), up to 12: ~2x headroom over the ~6 tasks the 600 TPS peak needs.
dimensionamento = {
  concessao    = { cpu = 1024, memoria = 2048, minimo = 3, maximo = 12, requisicoes_por_alvo = 6000, cpu_alvo = 60 }
  motor-regras = { cpu = 1024, memoria = 2048, minimo = 3, maximo = 12, requisicoes_por_alvo = 6000, cpu_alvo = 60 }
  historico    = { cpu = 1024, memoria = 2048, minimo = 3, maximo = 12, requisicoes_por_alvo = 6000, cpu_alvo = 60 }
  score        = { cpu = 1024, memoria = 2048, minimo = 3, maximo = 12, requisicoes_por_alvo = 6000, cpu_alvo = 60 }
  investimento = { cpu = 1024, memoria = 2048, minimo = 3, maximo = 9, requisicoes_por_alvo = 6000, cpu_alvo = 60 }
}

banco = {
  classe               = "db.r7g.large"
  armazenamento_gb     = 100
  armazenamento_max_gb = 1000
  retencao_backup_dias = 35
  protecao_exclusao    = true
}

cache = {
  tipo_no = "cache.r7g.large"
  num_nos = 3
}

# Per API client (Cognito client_id), per minute, enforced by AWS WAF on the internal ALB: one channel cannot
# take the whole stage limit below (12 000/min = 200 req/s, a third of the peak).
limite_por_cliente = 12000

# Above the 600 TPS peak with room for retries; the excess is refused with 429 before it reaches the services.
api_throttling = { taxa = 1000, rajada = 2000 }
canary_deploy  = { percentual = 10, minutos = 5 }
