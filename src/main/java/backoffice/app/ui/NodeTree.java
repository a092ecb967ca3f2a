package backoffice.app.ui;

import javafx.scene.Node;

/** Where a node stands in the scene graph: shown or hidden by an ancestor, inside another node or not. */
public final class NodeTree {

    private NodeTree() {
    }

    /** Whether the node and every ancestor are visible (another pane may be showing instead). */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code node} is {@code ancestor} or lies within it. */
    public static boolean inside(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
