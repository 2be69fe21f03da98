package br.com.credito.investimento.investimento.adapter.out.mensageria;

import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** To the {@code investimento-criado} topic (aws profile); concessao's queue subscribes with raw delivery. */
record SnsTransporte(SnsClient sns, String topicoArn) implements TransporteDeEventos {

    @Override
    public void enviar(String corpo, Map<String, String> atributos) {
        sns.publish(p -> p.topicArn(topicoArn)
                .message(corpo)
                .messageAttributes(TransporteDeEventos.atributos(atributos, SnsTransporte::texto)));
    }

    private static MessageAttributeValue texto(String valor) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(valor)
                .build();
    }
}
