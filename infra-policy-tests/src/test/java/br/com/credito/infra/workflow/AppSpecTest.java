package br.com.credito.infra.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.infra.terraform.Hcl;
import br.com.credito.infra.terraform.Terraform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One appspec per service, matching the Terraform catalogue (port, container) and naming the smoke-test hook. */
class AppSpecTest {

    @Test
    void appspecDeCadaServicoConfereComOCatalogoEChamaOSmokeTest() {
        Map<String, Object> catalogo =
                Hcl.mapa(Terraform.carregado().locais("main.tf").get("servicos"));
        assertThat(catalogo).hasSize(5);
        catalogo.forEach((nome, servico) -> {
            Yaml appspec = Yaml.ler("deploy/appspec/" + nome + "-service.yaml");
            Map<String, Object> alvo = Yaml.mapa(
                    Yaml.mapa(Yaml.lista(appspec.raiz().get("Resources")).getFirst())
                            .get("TargetService"));
            assertThat(alvo.get("Type")).isEqualTo("AWS::ECS::Service");
            Map<String, Object> propriedades = Yaml.mapa(alvo.get("Properties"));
            Map<String, Object> balanceador = Yaml.mapa(propriedades.get("LoadBalancerInfo"));
            assertThat(balanceador).containsEntry("ContainerName", "app");
            assertThat(((Number) balanceador.get("ContainerPort")).doubleValue())
                    .as(nome)
                    .isEqualTo(Hcl.mapa(servico).get("porta"));
            assertThat(propriedades).containsEntry("TaskDefinition", "<TASK_DEFINITION>");
            List<Object> ganchos = Yaml.lista(appspec.raiz().get("Hooks"));
            assertThat(ganchos).containsExactly(Map.of("AfterAllowTestTraffic", "credito-smoke-test"));
        });
    }
}
