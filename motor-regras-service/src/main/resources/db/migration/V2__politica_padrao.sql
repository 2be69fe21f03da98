-- Version 1, the default policy (README: "Politica padrao"). It gives the seed example (score 750, R$ 2.500 open,
-- CDB R$ 10.000, GOLD) 4.500 - 0,40 x 2.500 + 0,15 x 10.000 = R$ 5.000.
insert into versao_politica (status, descricao, parametros, criada_em, ativada_em)
values ('ATIVA', 'Politica padrao de lancamento', '{
  "scoreMinimo": 400,
  "diasAtrasoMaximo": 90,
  "faixasScore": [
    {"scoreDe": 400, "scoreAte": 549, "classificacao": "BAIXA", "limiteBase": 1500},
    {"scoreDe": 550, "scoreAte": 649, "classificacao": "MEDIA", "limiteBase": 3000},
    {"scoreDe": 650, "scoreAte": 799, "classificacao": "ALTA", "limiteBase": 4500},
    {"scoreDe": 800, "scoreAte": 899, "classificacao": "MUITO_ALTA", "limiteBase": 8000},
    {"scoreDe": 900, "scoreAte": 1000, "classificacao": "EXCELENTE", "limiteBase": 12000}
  ],
  "cartoes": {
    "GOLD": {"scoreMinimo": 400, "limiteMinimo": 1000, "limiteMaximo": 20000},
    "PLATINUM": {"scoreMinimo": 650, "limiteMinimo": 5000, "limiteMaximo": 50000},
    "BLACK": {"scoreMinimo": 800, "limiteMinimo": 15000, "limiteMaximo": 150000}
  },
  "fatorReducaoDividas": 0.40,
  "pesosGarantia": {"CDB": 0.15, "LCI": 0.15, "LCA": 0.15, "TESOURO_DIRETO": 0.20, "FUNDO": 0.05},
  "passoArredondamento": 100,
  "riscoIndefinido": {
    "scoreIndisponivel": "EM_ANALISE",
    "historicoIndisponivel": "EM_ANALISE",
    "limiteConservador": 1000
  }
}'::jsonb, now(), now());
