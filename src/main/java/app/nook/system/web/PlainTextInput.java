package app.nook.system.web;

import app.nook.system.PlainText;
import java.beans.PropertyEditorSupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Passes every text a request brings, form fields and parameters as well as JSON strings, through
 * {@link PlainText#ofRequest}, so that no page or API call stores a control character, and text made of nothing else
 * is refused as unreadable.
 */
@Configuration(proxyBeanMethods = false)
class PlainTextInput {

    @Bean
    JacksonModule plainTextStrings() {
        return new SimpleModule("plain-text-strings").addDeserializer(String.class, new PlainTextDeserializer());
    }

    /** Form fields and request parameters, for every controller. */
    @ControllerAdvice
    static class PlainTextBinding {

        @InitBinder
        void plainText(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    setValue(PlainText.ofRequest(text));
                }
            });
        }
    }

    /** JSON strings, read as Jackson reads them and then cleaned. */
    static final class PlainTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            try {
                return PlainText.ofRequest(text);
            } catch (IllegalArgumentException e) {
                throw context.weirdStringException(text, String.class, e.getMessage());
            }
        }
    }
}
