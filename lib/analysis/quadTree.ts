/**
 * A point-region quad-tree over 2-D positions for Barnes-Hut t-SNE (van der Maaten 2014): each
 * cell keeps its number of points and their centre of mass, so a far-away cell's repulsion on
 * a point can be computed as if all its points sat at that centre. Stored in flat typed
 * arrays (no objects per node) and rebuilt every iteration. Two walks use it: the repulsion
 * on a point, and the kernel sums of the scale step.
 */

export interface QuadTree {
  /** Per node: centre and half-width of the square cell. */
  centreX: Float64Array;
  centreY: Float64Array;
  halfWidth: Float64Array;
  /** Per node: number of points, and their centre of mass. */
  mass: Float64Array;
  massX: Float64Array;
  massY: Float64Array;
  /** Per node: index of the first of its 4 children (−1 for a leaf). */
  firstChild: Int32Array;
  /** Per node: the point a leaf holds (−1 if empty); coincident points share a leaf. */
  point: Int32Array;
  /** Nodes in use. */
  size: number;
}

/** Deeper than this, coincident (or nearly) points stay together in one leaf. */
const maxDepth = 48;

function allocate(capacity: number): QuadTree {
  return {
    centreX: new Float64Array(capacity), centreY: new Float64Array(capacity), halfWidth: new Float64Array(capacity),
    mass: new Float64Array(capacity), massX: new Float64Array(capacity), massY: new Float64Array(capacity),
    firstChild: new Int32Array(capacity).fill(-1), point: new Int32Array(capacity).fill(-1), size: 0,
  };
}

/** Doubles the tree's storage, keeping its nodes. */
function grow(tree: QuadTree): QuadTree {
  const bigger = allocate(tree.centreX.length * 2);
  for (const key of ['centreX', 'centreY', 'halfWidth', 'mass', 'massX', 'massY', 'firstChild', 'point'] as const) {
    (bigger[key] as Float64Array | Int32Array).set(tree[key] as Float64Array & Int32Array);
  }
  bigger.size = tree.size;
  return bigger;
}

/** Adds four empty children to `node` (quadrants: 0 = −x−y, 1 = +x−y, 2 = −x+y, 3 = +x+y). */
function subdivide(tree: QuadTree, node: number): QuadTree {
  let current = tree;
  while (current.size + 4 > current.centreX.length) current = grow(current);
  const half = current.halfWidth[node] / 2;
  current.firstChild[node] = current.size;
  for (let quadrant = 0; quadrant < 4; quadrant++) {
    const child = current.size++;
    current.centreX[child] = current.centreX[node] + (quadrant & 1 ? half : -half);
    current.centreY[child] = current.centreY[node] + (quadrant & 2 ? half : -half);
    current.halfWidth[child] = half;
  }
  return current;
}

function quadrantOf(tree: QuadTree, node: number, x: number, y: number): number {
  return tree.firstChild[node] + (x >= tree.centreX[node] ? 1 : 0) + (y >= tree.centreY[node] ? 2 : 0);
}

/** Inserts point `index` at (x, y), updating masses along the way. */
function insert(tree: QuadTree, positions: Float64Array, index: number): QuadTree {
  let current = tree;
  const x = positions[2 * index], y = positions[2 * index + 1];
  let node = 0;
  for (let depth = 0; ; depth++) {
    const mass = current.mass[node];
    current.massX[node] = (current.massX[node] * mass + x) / (mass + 1);
    current.massY[node] = (current.massY[node] * mass + y) / (mass + 1);
    current.mass[node] = mass + 1;
    if (current.firstChild[node] >= 0) {
      node = quadrantOf(current, node, x, y);
      continue;
    }
    if (mass === 0 || depth >= maxDepth) {
      if (mass === 0) current.point[node] = index;
      return current;
    }
    // An occupied leaf: push its point down one level, then keep descending with ours.
    const resident = current.point[node];
    current.point[node] = -1;
    current = subdivide(current, node);
    const child = quadrantOf(current, node, positions[2 * resident], positions[2 * resident + 1]);
    current.mass[child] = mass;
    current.massX[child] = positions[2 * resident];
    current.massY[child] = positions[2 * resident + 1];
    current.point[child] = resident;
    node = quadrantOf(current, node, x, y);
  }
}

/** Builds the tree over n points at positions (x_i, y_i) = positions[2i], positions[2i+1]. */
export function buildQuadTree(positions: Float64Array, count: number): QuadTree {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    minX = Math.min(minX, positions[2 * i]);
    maxX = Math.max(maxX, positions[2 * i]);
    minY = Math.min(minY, positions[2 * i + 1]);
    maxY = Math.max(maxY, positions[2 * i + 1]);
  }
  let tree = allocate(Math.max(16, 4 * count));
  tree.size = 1;
  tree.centreX[0] = (minX + maxX) / 2;
  tree.centreY[0] = (minY + maxY) / 2;
  tree.halfWidth[0] = Math.max(maxX - minX, maxY - minY, 1e-12) / 2 * (1 + 1e-9);
  for (let i = 0; i < count; i++) tree = insert(tree, positions, i);
  return tree;
}

/**
 * Repulsion on point i from the tree: a cell whose width / distance < θ (or a leaf) counts as
 * its mass at its centre of mass. Writes Σ q̃²(y_i − y_c)·mass into out[0..1]; returns
 * i's share of Z. `stack` is scratch space.
 */
export function treeRepulsion(tree: QuadTree, x: number, y: number, self: number, theta: number, stack: Int32Array, out: Float64Array): number {
  let top = 0, share = 0, repelX = 0, repelY = 0;
  stack[top++] = 0;
  const thetaSquared = theta * theta;
  while (top > 0) {
    const node = stack[--top];
    const mass = tree.mass[node];
    if (mass === 0) continue;
    const dx = x - tree.massX[node], dy = y - tree.massY[node];
    const distanceSquared = dx * dx + dy * dy;
    const leaf = tree.firstChild[node] < 0;
    const width = 2 * tree.halfWidth[node];
    if (leaf || width * width < thetaSquared * distanceSquared) {
      const others = leaf && (tree.point[node] === self || distanceSquared === 0) ? mass - 1 : mass;
      if (others <= 0) continue;
      const q = 1 / (1 + distanceSquared);
      share += others * q;
      const push = others * q * q;
      repelX += push * dx;
      repelY += push * dy;
    } else {
      for (let quadrant = 0; quadrant < 4; quadrant++) stack[top++] = tree.firstChild[node] + quadrant;
    }
  }
  out[0] = repelX;
  out[1] = repelY;
  return share;
}

/**
 * Sums over the other points j of the Cauchy kernel q̃ = 1/(1 + u), u = ‖(x, y) − y_j‖², as
 * the scale step needs them: out = [Σ q̃, Σ u·q̃², Σ u²·q̃³]. A cell whose width / distance
 * < θ (or a leaf) counts as its mass at its centre of mass; `self` (and coincident points)
 * are left out. θ = 0 gives the exact sums. `stack` is scratch space.
 */
export function treeKernelSums(tree: QuadTree, x: number, y: number, self: number, theta: number, stack: Int32Array, out: Float64Array): void {
  let top = 0, kernel = 0, first = 0, second = 0;
  stack[top++] = 0;
  const thetaSquared = theta * theta;
  while (top > 0) {
    const node = stack[--top];
    const mass = tree.mass[node];
    if (mass === 0) continue;
    const dx = x - tree.massX[node], dy = y - tree.massY[node];
    const distanceSquared = dx * dx + dy * dy;
    const leaf = tree.firstChild[node] < 0;
    const width = 2 * tree.halfWidth[node];
    if (leaf || width * width < thetaSquared * distanceSquared) {
      const others = leaf && (tree.point[node] === self || distanceSquared === 0) ? mass - 1 : mass;
      if (others <= 0) continue;
      const q = 1 / (1 + distanceSquared);
      const weighted = others * distanceSquared * q * q;
      kernel += others * q;
      first += weighted;
      second += weighted * distanceSquared * q;
    } else {
      for (let quadrant = 0; quadrant < 4; quadrant++) stack[top++] = tree.firstChild[node] + quadrant;
    }
  }
  out[0] = kernel;
  out[1] = first;
  out[2] = second;
}
