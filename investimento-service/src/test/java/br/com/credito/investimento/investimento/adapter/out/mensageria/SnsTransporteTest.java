package br.com.credito.investimento.investimento.adapter.out.mensageria;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

/** The aws-profile transport against a stub of the SNS query API (no SNS emulator runs here). */
class SnsTransporteTest {

    private static final String TOPICO = "arn:aws:sns:us-east-1:000000000000:investimento-criado";
    private static final String RESPOSTA = """
            <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <PublishResult><MessageId>5f0e5f2c-1b0a-4f7e-9d6f-000000000001</MessageId></PublishResult>
              <ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>
            </PublishResponse>""";

    private final WireMockServer sns =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private SnsClient cliente;

    @BeforeEach
    void iniciar() {
        sns.start();
        cliente = SnsClient.builder()
                .endpointOverride(URI.create(sns.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("t", "t")))
                .build();
    }

    @AfterEach
    void parar() {
        cliente.close();
        sns.stop();
    }

    @Test
    void publicaNoTopicoOCorpoEOsAtributosDeRastreio() {
        sns.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withBody(RESPOSTA)));
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

        new SnsTransporte(cliente, TOPICO).enviar("{\"eventId\":\"x\"}", Map.of("traceparent", traceparent));

        sns.verify(postRequestedFor(urlEqualTo("/"))
                .withRequestBody(containing("Action=Publish"))
                .withRequestBody(containing("TopicArn=" + url(TOPICO)))
                .withRequestBody(containing("Message=" + url("{\"eventId\":\"x\"}")))
                .withRequestBody(containing("MessageAttributes.entry.1.Name=traceparent"))
                .withRequestBody(containing("MessageAttributes.entry.1.Value.StringValue=" + url(traceparent))));
    }

    @Test
    void erroDoSnsFalhaAPublicacao() {
        sns.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> new SnsTransporte(cliente, TOPICO).enviar("{}", Map.of()))
                .isInstanceOf(RuntimeException.class);
    }

    private static String url(String valor) {
        return URLEncoder.encode(valor, StandardCharsets.UTF_8);
    }
}
