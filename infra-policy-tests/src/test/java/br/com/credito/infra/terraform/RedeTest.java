package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Network exposure and availability: nothing reachable from the internet but API Gateway, three AZs, Multi-AZ data. */
class RedeTest {

    private static final Set<String> INTERNET = Set.of("0.0.0.0/0", "::/0");

    /**
     * Ingress rules allowed to admit the internet. Empty: the only public entry is API Gateway, which AWS runs
     * outside the VPC and which reaches the internal ALB through the VPC link.
     */
    private static final Set<String> ENTRADAS_PUBLICAS_PERMITIDAS = Set.of();

    private final Terraform tf = Terraform.carregado();

    @Test
    void nenhumaRegraDeEntradaAdmiteAInternet() {
        List<String> abertas = new ArrayList<>();
        for (Bloco regra : tf.recursos("aws_vpc_security_group_ingress_rule")) {
            if (admiteInternet(Map.of(
                    "cidr_blocks", String.valueOf(regra.get("cidr_ipv4")),
                    "ipv6_cidr_blocks", String.valueOf(regra.get("cidr_ipv6"))))) {
                abertas.add(regra.endereco());
            }
        }
        for (Bloco regra : tf.recursos("aws_security_group_rule")) {
            if ("ingress".equals(regra.get("type")) && admiteInternet(regra.atributos())) {
                abertas.add(regra.endereco());
            }
        }
        for (Bloco grupo : tf.recursos("aws_security_group")) {
            if (Hcl.ocorrencias(grupo.get("ingress")).stream().anyMatch(RedeTest::admiteInternet)) {
                abertas.add(grupo.endereco());
            }
        }
        assertThat(abertas).isSubsetOf(ENTRADAS_PUBLICAS_PERMITIDAS);
    }

    @Test
    void regrasDeEntradaSoDeGruposDeSegurancaOuDaPropriaVpc() {
        assertThat(tf.recursos("aws_vpc_security_group_ingress_rule"))
                .isNotEmpty()
                .allSatisfy(regra -> {
                    boolean deGrupo = regra.get("referenced_security_group_id") != null;
                    boolean daVpc = "var.cidr_vpc".equals(regra.texto("cidr_ipv4"));
                    assertThat(deGrupo || daVpc).as(regra.endereco()).isTrue();
                });
    }

    @Test
    void balanceadorInternoETarefasSemIpPublico() {
        assertThat(tf.recursos("aws_lb"))
                .isNotEmpty()
                .allSatisfy(
                        lb -> assertThat(lb.get("internal")).as(lb.endereco()).isEqualTo(true));
        assertThat(tf.recursos("aws_ecs_service"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.caminho("network_configuration", "assign_public_ip"))
                        .isEqualTo(false));
        assertThat(tf.recursos("aws_subnet"))
                .allSatisfy(s -> assertThat(s.get("map_public_ip_on_launch")).isNotEqualTo(true));
    }

    @Test
    void bancoMultiAzENaoPublico() {
        assertThat(tf.recursos("aws_db_instance")).isNotEmpty().allSatisfy(banco -> {
            assertThat(banco.get("multi_az")).as(banco.endereco()).isEqualTo(true);
            assertThat(banco.get("publicly_accessible")).as(banco.endereco()).isEqualTo(false);
        });
        assertThat(Hcl.mapa(tf.conteudo("envs/prod/terraform.tfvars").get("banco")))
                .containsEntry("protecao_exclusao", true);
    }

    @Test
    void cacheMultiAzComFailoverAutomatico() {
        assertThat(tf.recursos("aws_elasticache_replication_group"))
                .isNotEmpty()
                .allSatisfy(cache -> {
                    assertThat(cache.get("multi_az_enabled")).isEqualTo(true);
                    assertThat(cache.get("automatic_failover_enabled")).isEqualTo(true);
                });
        assertThat(Hcl.mapa(tf.conteudo("envs/prod/terraform.tfvars").get("cache")))
                .containsEntry("num_nos", 3.0);
    }

    @Test
    void tresZonasEmCadaAmbiente() {
        for (String ambiente : List.of("dev", "prod")) {
            List<String> azs = Hcl.textos(
                    tf.conteudo("envs/" + ambiente + "/terraform.tfvars").get("azs"));
            assertThat(azs).as(ambiente).hasSize(3).doesNotHaveDuplicates();
        }
        assertThat(tf.bloco("main.tf", "module", "network").texto("azs")).isEqualTo("var.azs");
        for (String camada : List.of("publica", "privada")) {
            assertThat(tf.recurso("aws_subnet", camada).texto("availability_zone"))
                    .isEqualTo("var.azs.count.index");
        }
        Map<String, Object> dimensionamento =
                Hcl.mapa(tf.conteudo("envs/prod/terraform.tfvars").get("dimensionamento"));
        // At least one task per AZ in prod.
        dimensionamento.forEach((servico, tamanho) ->
                assertThat((Double) Hcl.mapa(tamanho).get("minimo")).as(servico).isGreaterThanOrEqualTo(3.0));
    }

    @Test
    void endpointsPrivadosParaAsApisDaAws() {
        List<String> endpoints =
                Hcl.textos(tf.locais("modules/network/endpoints.tf").get("endpoints_interface"));
        assertThat(endpoints)
                .contains("ecr.api", "ecr.dkr", "sqs", "sns", "secretsmanager", "logs", "monitoring", "xray")
                .contains("appconfig", "appconfigdata");
        assertThat(tf.recurso("aws_vpc_endpoint", "s3").get("vpc_endpoint_type"))
                .isEqualTo("Gateway");
        assertThat(tf.recurso("aws_vpc_endpoint", "interface").get("private_dns_enabled"))
                .isEqualTo(true);
    }

    private static boolean admiteInternet(Map<String, Object> regra) {
        List<String> faixas = new ArrayList<>(Hcl.textos(regra.get("cidr_blocks")));
        faixas.addAll(Hcl.textos(regra.get("ipv6_cidr_blocks")));
        return faixas.stream().anyMatch(INTERNET::contains);
    }
}
