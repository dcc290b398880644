package nl.wijknetwerk.e2e;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

import nl.wijknetwerk.testing.KafkaBroker;

/**
 * How far each consumer group is behind on one topic, as Kafka itself tells it (AdminClient): the end offset of
 * every partition minus the offset the group committed there, summed over the partitions. A partition the group has
 * not committed on yet counts whole.
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin = Admin.create(KafkaBroker.clientConfig());
    private final String topic;

    ConsumerLag(String topic) {
        this.topic = topic;
    }

    /** The consumer groups that have committed an offset on the topic. */
    SortedSet<String> groups() {
        SortedSet<String> groups = new TreeSet<>();
        for (GroupListing group : get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all())) {
            if (get(admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata()).keySet().stream()
                    .anyMatch(p -> p.topic().equals(topic))) {
                groups.add(group.groupId());
            }
        }
        return groups;
    }

    /** The lag of each of these groups on the topic, in records. */
    Map<String, Long> of(Collection<String> groups) {
        List<TopicPartition> partitions = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, Long> ends = get(admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()))).all())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        Map<String, Long> lag = new TreeMap<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
            lag.put(group, partitions.stream().mapToLong(p -> {
                OffsetAndMetadata at = committed.get(p);
                return Math.max(0, ends.get(p) - (at == null ? 0 : at.offset()));
            }).sum());
        }
        return lag;
    }

    private static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
