-- Version 2 of the policy: open debt weighs by product type (product decision of December, issue 17). Secured
-- financing (Financiamento, Financiamento Imobiliario, Consorcio) no longer reduces a card limit; unsecured credit
-- (Emprestimo, Cartao de Credito) keeps 40 %, and any other or unreported type weighs like unsecured credit
-- (fatorReducaoDividas). Everything else is version 1 unchanged. With it the seed's customer (score 750, CT-1001
-- Emprestimo R$ 2.500, CT-1002 Financiamento R$ 15.000, CDB R$ 10.000, GOLD) gets
-- 4.500 - 0,40 x 2.500 - 0 x 15.000 + 0,15 x 10.000 = R$ 5.000, and the seed's /v1/regras/avaliar example (CT-1001
-- only, no product type) still R$ 5.000. Simulated against version 1 before publication: MotorRegrasIT
-- (aVersao2SimuladaContraAVersao1MudaSoQuemTemFinanciamento) and PoliticaVersao2Test.
--
-- Published the way the admin API does it (POST /v1/regras/politicas, then POST /v1/regras/politicas/2/ativar): the
-- document is stored as a new immutable row, then in one transaction the version in force becomes INATIVA and the new
-- one ATIVA with the previous version as its rollback target. Principal recorded for authorship and activation, in
-- the columns and the trail of V3 (auditoria_politica): 'migracao:V4', as version 1 carries 'migracao:V2'. The
-- document passed ValidadorDeParametros (PoliticaVersao2Test); the four-eyes rule guards the API, and this file is
-- reviewed like code.

-- The document is version 1's with one key added (jsonb ||), so nothing else can differ between the two.
insert into versao_politica (status, descricao, parametros, criada_em, versao_anterior, criada_por)
select 'RASCUNHO',
       'Dívidas por tipo de produto: financiamento com garantia não reduz o limite',
       v1.parametros || '{
         "fatorReducaoPorProduto": {
           "EMPRESTIMO": 0.40,
           "CARTAO_DE_CREDITO": 0.40,
           "FINANCIAMENTO": 0,
           "FINANCIAMENTO_IMOBILIARIO": 0,
           "CONSORCIO": 0
         }
       }'::jsonb,
       now(),
       (select versao from versao_politica where status = 'ATIVA'),
       'migracao:V4'
  from versao_politica v1
 where v1.versao = 1;

-- The activation, in the order the partial unique index needs (the version in force out first, keeping its own
-- activation bookkeeping as VersaoPolitica.desativada() does). Flyway runs this file in one transaction, so instances
-- polling the active version see either the old version or the new one, never none.
update versao_politica set status = 'INATIVA' where status = 'ATIVA';

update versao_politica
   set status = 'ATIVA', ativada_em = now(), ativada_por = 'migracao:V4'
 where versao = (select max(versao) from versao_politica
                  where status = 'RASCUNHO' and criada_por = 'migracao:V4');

insert into auditoria_politica (versao, acao, principal, registrada_em)
select versao, 'CRIADA', 'migracao:V4', criada_em from versao_politica where criada_por = 'migracao:V4';
insert into auditoria_politica (versao, acao, principal, registrada_em)
select versao, 'ATIVADA', 'migracao:V4', ativada_em from versao_politica where ativada_por = 'migracao:V4';
