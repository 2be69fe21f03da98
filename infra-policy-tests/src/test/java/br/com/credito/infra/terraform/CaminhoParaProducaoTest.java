package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.infra.Repositorio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The path to production (issue 13, with the AWS pieces of issues 14 and 16): what a first apply and a first
 * deployment need, checked on the HCL because nothing here can apply it.
 */
class CaminhoParaProducaoTest {

    private final Terraform tf = Terraform.carregado();

    @Test
    void servicosSoDepoisDeImagensEPapeisENenhumaTagInventada() {
        String variaveis = ler("infra-terraform/variables.tf");
        assertThat(blocoDe(variaveis, "variable \"tag_imagem\""))
                .doesNotContainPattern("\\n\\s+default\\s+=")
                .contains("^[0-9a-f]{40}$");
        assertThat(blocoDe(variaveis, "variable \"implantar_servicos\"")).contains("default     = true");
        assertThat(ler("infra-terraform/modules/ecs/main.tf"))
                .contains("for_each                          = local.servicos_ativos")
                .contains("servicos_ativos          = var.implantar_servicos ? var.servicos : {}");
        assertThat(ler("infra-terraform/modules/codedeploy/main.tf"))
                .contains("for_each               = var.implantar_servicos ? var.servicos : {}");
        for (String ambiente : List.of("dev", "prod")) {
            assertThat(ler("infra-terraform/envs/" + ambiente + "/terraform.tfvars"))
                    .doesNotContain("\"bootstrap\"", "tag_imagem");
        }
        // The roles task runs inside the VPC with credentials injected by ECS, the script as its command.
        assertThat(ler("infra-terraform/modules/ecs/papeis-banco.tf"))
                .contains("deploy/db/criar-papeis.sh")
                .contains("secrets          = [for nome, origem in local.credenciais_papeis");
    }

    @Test
    void certificadoPublicoValidadoPorDnsParaONomeInterno() {
        assertThat(tf.recurso("aws_acm_certificate", "interno").get("validation_method"))
                .isEqualTo("DNS");
        assertThat(tf.recurso("aws_lb_listener", "this").texto("certificate_arn"))
                .contains("aws_acm_certificate_validation.interno");
        assertThat(ler("infra-terraform/variables.tf")).doesNotContain("certificado_alb_arn", "private CA");
        assertThat(ler("infra-terraform/variables.tf")).contains("zona_publica");
    }

    @Test
    void aquecimentoAntesDaParteCheiaDoTrafego() {
        Map<String, Object> locais = tf.locais("modules/ecs/main.tf");
        double aquecimento = (Double) locais.get("aquecimento_max_segundos");
        double carencia = (Double) locais.get("carencia_saude_segundos");
        assertThat(aquecimento).isGreaterThanOrEqualTo(90);
        // The ECS grace covers the warm-up plus the ALB's two healthy checks (2 x 10 s) with room.
        assertThat(carencia).isGreaterThanOrEqualTo(aquecimento + 2 * 10);
        assertThat(Double.parseDouble(tf.recurso("aws_ecs_service", "this").texto("health_check_grace_period_seconds")))
                .isEqualTo(carencia);
        assertThat(ler("infra-terraform/modules/ecs/main.tf"))
                .contains("healthCheck = {")
                .contains("/actuator/health/readiness")
                .contains("startPeriod = local.aquecimento_max_segundos + 30");
        assertThat((Double) tf.locais("modules/alb/main.tf").get("rampa_segundos"))
                .isBetween(60.0, 900.0);
        assertThat(Double.parseDouble(tf.recurso("aws_lb_target_group", "this").texto("slow_start")))
                .isBetween(60.0, 900.0);
    }

    @Test
    void comandoDoHealthCheckExisteNaImagem() {
        Path receita = Repositorio.caminho("docker/servico.Dockerfile");
        Assumptions.assumeTrue(Files.exists(receita), "docker/servico.Dockerfile ainda nao existe neste ramo");
        String dockerfile = ler("docker/servico.Dockerfile");
        Matcher ferramenta =
                Pattern.compile("\"CMD-SHELL\", \"(\\w+) ").matcher(ler("infra-terraform/modules/ecs/main.tf"));
        assertThat(ferramenta.find()).isTrue();
        assertThat(dockerfile)
                .as("the ECS health check runs %s inside the image", ferramenta.group(1))
                .contains(ferramenta.group(1));
    }

    @Test
    void apisInternasFicamInternasESoCanaisPassamNoAutorizador() {
        Map<String, Object> rotas = tf.locais("modules/api/http_api.tf");
        assertThat(String.valueOf(rotas.get("rotas"))).doesNotContain("/v1/score", "/v1/historico", "/v1/regras");
        assertThat(ler("infra-terraform/modules/api/http_api.tf"))
                .contains("audience = [for nome in local.clientes_canal : aws_cognito_user_pool_client.this[nome].id]");
        assertThat(tf.locais("modules/api/cognito.tf").get("clientes_canal"))
                .asString()
                .contains("canal-app")
                .doesNotContain("concessao-service");
    }

    @Test
    void limitePorClienteNoWafComOCabecalhoQueOApiGatewayEscreve() {
        String cabecalho = (String) tf.locais("modules/alb/waf.tf").get("cabecalho_cliente");
        assertThat(ler("infra-terraform/modules/api/http_api.tf"))
                .contains("\"overwrite:header." + cabecalho + "\" = \"$context.authorizer.claims.client_id\"");
        assertThat(ler("infra-terraform/modules/alb/waf.tf"))
                .contains("aggregate_key_type    = \"CUSTOM_KEYS\"")
                .contains("name = local.cabecalho_cliente")
                .contains("resource_arn = aws_lb.this.arn");
    }

    @Test
    void saidaPelosEndpointsComPoliticaEInternetSoOndeNaoHaCaminhoPrivado() {
        assertThat(tf.recursos("aws_vpc_endpoint"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("policy")).as(e.endereco()).isNotNull());
        String firewall = ler("infra-terraform/modules/firewall/main.tf");
        // Exactly one rule to 0.0.0.0/0, per service with a reason in the catalogue; none for the smoke hook or roles
        // task.
        assertThat(Pattern.compile("cidr_ipv4\\s+=\\s+\"0\\.0\\.0\\.0/0\"")
                        .matcher(firewall)
                        .results()
                        .count())
                .isEqualTo(1);
        assertThat(blocoDe(firewall, "resource \"aws_vpc_security_group_egress_rule\" \"servico_internet\""))
                .contains("for_each          = local.com_internet");
        assertThat(ler("infra-terraform/main.tf")).contains("internet = \"");
    }

    @Test
    void jdbcVerificaOServidorComOBundleDoRds() {
        assertThat(ler("infra-terraform/modules/data/outputs.tf"))
                .contains("sslmode=verify-full")
                .contains("sslfactoryarg=DB_CA_PEM")
                .doesNotContain("sslmode=require");
        String fabrica = (String) tf.locais("modules/data/rds.tf").get("fabrica_ssl");
        assertThat(Repositorio.caminho("common-lib/src/main/java/" + fabrica.replace('.', '/') + ".java"))
                .exists();
        assertThat(ler("infra-terraform/wiring.tf")).contains("DB_CA_PEM = module.data.ca_rds_pem");
    }

    @Test
    void coletorApagaAtributosComIdentificadores() {
        Map<String, Object> config = Map.copyOf(new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(ler("infra-terraform/modules/ecs/adot-config.yaml")));
        Map<?, ?> processadores = (Map<?, ?>) config.get("processors");
        Map<?, ?> semIds = (Map<?, ?>) processadores.get("attributes/sem-ids");
        List<?> acoes = (List<?>) semIds.get("actions");
        List<String> chaves = acoes.stream()
                .map(a -> String.valueOf(((Map<?, ?>) a).get("key")))
                .toList();
        assertThat(chaves).contains("http.url", "url.full", "url.query", "url.path", "http.target");
        assertThat(acoes)
                .allSatisfy(a -> assertThat(((Map<?, ?>) a).get("action")).isEqualTo("delete"));
        Map<?, ?> traces = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) config.get("service")).get("pipelines")).get("traces");
        assertThat((List<?>) traces.get("processors")).first().isEqualTo("attributes/sem-ids");
    }

    @Test
    void flagsImplantadasComAEstrategiaGradual() {
        Bloco implantacao = tf.recurso("aws_appconfig_deployment", "flags");
        assertThat(implantacao.texto("deployment_strategy_id"))
                .isEqualTo("aws_appconfig_deployment_strategy.gradual.id");
        assertThat(implantacao.texto("configuration_version"))
                .isEqualTo("aws_appconfig_hosted_configuration_version.flags.version_number");
        assertThat(tf.recurso("aws_appconfig_deployment_strategy", "gradual").get("growth_type"))
                .isEqualTo("LINEAR");
    }

    @Test
    void paineisEEscalaLeemAzulEVerde() {
        String painel = ler("infra-terraform/modules/observability/dashboard.json.tftpl");
        assertThat(painel).contains("[\"azul\", \"verde\"]").doesNotContain("cache.gets");
        assertThat(ler("infra-terraform/modules/ecs/autoscaling.tf"))
                .doesNotContain("predefined_metric_type = \"ALBRequestCountPerTarget\"")
                .contains("(FILL(azul, 0) + FILL(verde, 0)) / tarefas");
    }

    @Test
    void ganchoReportaAntesDoTimeoutEAlarmesDeBorda() {
        assertThat(ler("deploy/hooks/smoke_test.py"))
                .contains("get_remaining_time_in_millis")
                .contains("MARGEM_SEGUNDOS");
        assertThat(String.valueOf(tf.locais("modules/observability/alarms.tf").get("alarmes_borda")))
                .contains("HTTPCode_ELB_5XX_Count", "5xx");
        assertThat(ler("infra-terraform/outputs.tf")).contains("output \"api_url\"");
        // CloudWatch Logs needs Encrypt*/ReEncrypt* too (AWS's documented key policy for log groups).
        assertThat(ler("infra-terraform/modules/kms/main.tf"))
                .contains(
                        "[\"kms:Encrypt*\", \"kms:Decrypt*\", \"kms:ReEncrypt*\", \"kms:GenerateDataKey*\", \"kms:Describe*\"]");
    }

    @Test
    void papeisDoGithubPresosAoAmbienteEAoWorkflow() {
        String bootstrap = ler("infra-terraform/bootstrap/main.tf") + ler("infra-terraform/bootstrap/roles.tf");
        assertThat(bootstrap)
                .doesNotContain("policy/ReadOnlyAccess")
                .contains("job_workflow_ref:${local.fluxo}/implantar-ambiente.yml@refs/heads/main")
                .contains("job_workflow_ref:${local.fluxo}/implantar-servicos.yml@refs/heads/main")
                .contains("plan      = var.ambiente == \"dev\" ? [local.sub_plano, local.sub_pr] : [local.sub_plano]")
                .contains("secretsmanager:GetSecretValue")
                .contains("kms:ViaService");
    }

    private static String blocoDe(String texto, String cabecalho) {
        int inicio = texto.indexOf(cabecalho);
        assertThat(inicio).as(cabecalho).isNotNegative();
        int fim = texto.indexOf("\n}", inicio);
        return texto.substring(inicio, fim);
    }

    private static String ler(String relativo) {
        try {
            return Files.readString(Repositorio.caminho(relativo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
