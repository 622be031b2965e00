package io.entente.api;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the Cypher statements sent through the application's Driver: the Driver bean is wrapped
 * in a proxy that wraps every driver interface it hands out (sessions, transactions) and counts
 * their {@code run} calls.
 */
public final class StatementCounter {

    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static final List<String> TEXTS = new CopyOnWriteArrayList<>();

    private StatementCounter() {
    }

    public static void reset() {
        STATEMENTS.set(0);
        TEXTS.clear();
    }

    /** The text of every statement counted since the last reset. */
    public static List<String> texts() {
        return List.copyOf(TEXTS);
    }

    public static int count() {
        return STATEMENTS.get();
    }

    /** Imported by the shared test support so every test context counts the same way. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        static BeanPostProcessor countingDriver() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof Driver ? wrap(bean) : bean;
                }
            };
        }
    }

    static Object wrap(Object target) {
        Class<?>[] interfaces = Arrays.stream(ClassUtils.getAllInterfaces(target))
                .filter(i -> i.getName().startsWith("org.neo4j.driver.") && java.lang.reflect.Modifier.isPublic(i.getModifiers()))
                .toArray(Class<?>[]::new);
        if (interfaces.length == 0) {
            return target;
        }
        InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("run") && args != null && args.length > 0) {
            STATEMENTS.incrementAndGet();
            TEXTS.add(args[0] instanceof Query q ? q.text() : String.valueOf(args[0]));
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        boolean wrapped = result != null && method.getReturnType().isInterface()
                && method.getReturnType().getName().startsWith("org.neo4j.driver.")
                && !method.getReturnType().getSimpleName().equals("Result");
        return wrapped ? wrap(result) : result;
    }
}
