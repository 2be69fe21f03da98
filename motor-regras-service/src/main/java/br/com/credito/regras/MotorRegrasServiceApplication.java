package br.com.credito.regras;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MotorRegrasServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotorRegrasServiceApplication.class, args);
    }
}
