package br.com.credito.concessao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ConcessaoServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConcessaoServiceApplication.class, args);
    }
}
