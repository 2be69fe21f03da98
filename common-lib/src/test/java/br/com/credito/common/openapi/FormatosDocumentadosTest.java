package br.com.credito.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.web.IdCliente;
import br.com.credito.common.web.Validacoes;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;

class FormatosDocumentadosTest {

    private final FormatosDocumentados formatos = new FormatosDocumentados();

    @Test
    void parametroIdClienteGanhaOPadraoDaPlataforma() throws NoSuchMethodException {
        Parameter parametro = formatos.customize(new Parameter().schema(new StringSchema()), parametro(0));

        assertThat(parametro.getSchema().getPattern()).isEqualTo(Validacoes.ID_CLIENTE_REGEX);
    }

    @Test
    void outroParametroFicaComoEstava() throws NoSuchMethodException {
        Parameter parametro = formatos.customize(new Parameter().schema(new StringSchema()), parametro(1));

        assertThat(parametro.getSchema().getPattern()).isNull();
    }

    @Test
    void campoIdClienteDoCorpoGanhaOPadraoDaPlataforma() throws NoSuchMethodException {
        Annotation idCliente = Endpoint.class
                .getDeclaredMethod("consultar", String.class, String.class)
                .getParameters()[0]
                .getAnnotation(IdCliente.class);
        AnnotatedType campo = new AnnotatedType(String.class).ctxAnnotations(new Annotation[] {idCliente});

        assertThat(formatos.customize(new StringSchema(), campo).getPattern()).isEqualTo(Validacoes.ID_CLIENTE_REGEX);
        assertThat(formatos.customize(new StringSchema(), new AnnotatedType(String.class))
                        .getPattern())
                .isNull();
    }

    private static MethodParameter parametro(int indice) throws NoSuchMethodException {
        return new MethodParameter(Endpoint.class.getDeclaredMethod("consultar", String.class, String.class), indice);
    }

    static class Endpoint {
        void consultar(@IdCliente String idCliente, String outro) {}
    }
}
