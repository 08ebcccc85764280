package org.ss7sim.simulator.deploy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The network file as the deployed nodes read it: the same YAML tree (anchors and aliases kept,
 * comments dropped) with {@code host:} of every placed node set to its service name. Listening link
 * ends then bind that name (which resolves, inside the container or pod, to its own address) and
 * connecting ends connect to the peer's service name.
 */
public final class NetworkRewrite {
  private NetworkRewrite() {}

  public static String rewrite(String yaml, Map<String, String> serviceByNode, String header) {
    LoaderOptions lo = new LoaderOptions();
    lo.setCodePointLimit(64 * 1024 * 1024);
    lo.setMaxAliasesForCollections(10_000);
    Yaml y = new Yaml(lo);
    Node root = y.compose(new java.io.StringReader(yaml));
    if (!(root instanceof MappingNode top)) {
      throw new IllegalArgumentException("the network file is not a YAML map");
    }
    for (NodeTuple t : top.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k
          && k.getValue().equals("nodes")
          && t.getValueNode() instanceof SequenceNode nodes) {
        for (Node n : nodes.getValue()) {
          if (n instanceof MappingNode m) {
            String name = scalar(m, "name");
            String svc = name == null ? null : serviceByNode.get(name);
            if (svc != null) {
              setScalar(m, "host", svc);
            }
          }
        }
      }
    }
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setWidth(120);
    StringWriter w = new StringWriter();
    w.write(header);
    new Yaml(o).serialize(root, w);
    return w.toString();
  }

  private static String scalar(MappingNode m, String key) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k
          && k.getValue().equals(key)
          && t.getValueNode() instanceof ScalarNode v) {
        return v.getValue();
      }
    }
    return null;
  }

  private static void setScalar(MappingNode m, String key, String value) {
    List<NodeTuple> tuples = new ArrayList<>(m.getValue());
    ScalarNode v = new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    boolean found = false;
    for (int i = 0; i < tuples.size(); i++) {
      if (tuples.get(i).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), v));
        found = true;
      }
    }
    if (!found) {
      tuples.add(
          new NodeTuple(
              new ScalarNode(Tag.STR, key, null, null, DumperOptions.ScalarStyle.PLAIN), v));
    }
    m.setValue(tuples);
  }
}
