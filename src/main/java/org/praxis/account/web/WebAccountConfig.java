package org.praxis.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.praxis.account.Languages;
import org.praxis.account.Profiles;
import org.praxis.account.security.CurrentActor;
import org.praxis.policy.Actor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller take an {@link Actor} parameter (the visitor when nobody is signed in),
 * and remembers a signed-in person's language choice on their profile.
 */
@Configuration(proxyBeanMethods = false)
class WebAccountConfig implements WebMvcConfigurer {

    private final Profiles profiles;

    WebAccountConfig(Profiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Actor.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                return CurrentActor.get();
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter("lang");
                if (Languages.isInterfaceLanguage(lang) && "GET".equals(request.getMethod())) {
                    Actor actor = CurrentActor.get();
                    if (actor.signedIn()) {
                        profiles.chooseLanguage(actor, lang);
                    }
                }
                return true;
            }
        });
    }
}
