"""Reference values for chapter 2: the original "build and train a neural
network from scratch" program, in pure Python (no numpy).

The program between the two "original" markers is the one the chapter
reproduces, transcribed from its source texts: sigmoid neurons, MyNet(2, [4])
with weights random() - 0.5 after seed(0), square loss, backpropagation,
gradient descent at learning rate 10 for 2000 steps.

    /usr/bin/python3 tests/reference/ch02_mlp.py             writes the fixture
    /usr/bin/python3 tests/reference/ch02_mlp.py --original  runs the original
                                                             as it was written

Writes tests/fixtures/ch02_mlp.txt (run from the repository root):
  dataset         the 121 samples (x, y, o(x, y)) in the original order
  params_initial  every weight and bias before training (see params())
  forward00       net.forward([0, 0]) before training (the original prints it)
  loss            one_step's return value at each of the 2000 steps
  params_final    every weight and bias after training
The instrumented run calls the original's own one_step, so its arithmetic is
the original's; it only records what one_step returns instead of printing it.
Python >= 3.12 sums floats with compensated summation in sum(); the fixture
is made with plain summation, as by Python 3.11.
"""
import sys

# ---- original ----
import math
from random import seed, random


def o(x, y):
    return 1.0 if x*x + y*y < 1 else 0.0


sample_density = 10
xs = [
    [-2.0 + 4 * x/sample_density, -2.0 + 4 * y/sample_density]
    for x in range(sample_density+1)
    for y in range(sample_density+1)
]
dataset = [
    (x, y, o(x, y))
    for x, y in xs
]


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def sigmoid_derivative(x):
    _output = sigmoid(x)
    return _output * (1 - _output)


seed(0)


class Neuron:
    def __init__(self, num_inputs):
        self.weights = [random()-0.5 for _ in range(num_inputs)]
        self.bias = 0.0

    def forward(self, inputs):
        self.inputs_cache = inputs
        # z = wx + b
        self.z_cache = sum([
            i * w
            for i, w in zip(inputs, self.weights)
        ]) + self.bias
        return sigmoid(self.z_cache)

    def zero_grad(self):
        self.d_weights = [0.0 for w in self.weights]
        self.d_bias = 0.0

    def backward(self, d_a):
        d_loss_z = d_a * sigmoid_derivative(self.z_cache)
        self.d_bias += d_loss_z
        for i in range(len(self.inputs_cache)):
            self.d_weights[i] += d_loss_z * self.inputs_cache[i]
        return [d_loss_z * w for w in self.weights]

    def update_params(self, learning_rate):
        self.bias -= learning_rate * self.d_bias
        for i in range(len(self.weights)):
            self.weights[i] -= learning_rate * self.d_weights[i]


class MyNet:
    def __init__(self, num_inputs, hidden_shapes):
        layer_shapes = hidden_shapes + [1]
        input_shapes = [num_inputs] + hidden_shapes
        self.layers = [
            [
                Neuron(pre_layer_size)
                for _ in range(layer_size)
            ]
            for layer_size, pre_layer_size in zip(layer_shapes, input_shapes)
        ]

    def forward(self, inputs):
        for layer in self.layers:
            inputs = [
                neuron.forward(inputs)
                for neuron in layer
            ]
        # return the output of the last neuron
        return inputs[0]

    def zero_grad(self):
        for layer in self.layers:
            for neuron in layer:
                neuron.zero_grad()

    def backward(self, d_loss):
        d_as = [d_loss]
        for layer in reversed(self.layers):
            da_list = [
                neuron.backward(d_a)
                for neuron, d_a in zip(layer, d_as)
            ]
            d_as = [sum(da) for da in zip(*da_list)]

    def update_params(self, learning_rate):
        for layer in self.layers:
            for neuron in layer:
                neuron.update_params(learning_rate)


net = MyNet(2, [4])


def square_loss(predict, target):
    return (predict-target)**2


def square_loss_derivative(predict, target):
    return 2 * (predict-target)


def one_step(learning_rate):
    net.zero_grad()

    loss = 0.0
    num_samples = len(dataset)
    for x, y, z in dataset:
        predict = net.forward([x, y])
        loss += square_loss(predict, z)

        net.backward(square_loss_derivative(predict, z) / num_samples)

    net.update_params(learning_rate)
    return loss / num_samples


def train(epoch, learning_rate):
    for i in range(epoch):
        loss = one_step(learning_rate)
        if i == 0 or (i+1) % 100 == 0:
            print(f"{i+1} {loss:.4f}")
# ---- end of original ----

OUT = "tests/fixtures/ch02_mlp.txt"
STEPS, LEARNING_RATE = 2000, 10


def params():
    """Every parameter in the C layout: layer by layer, the weights of each
    neuron in turn (a row-major (n_out, n_in) matrix), then the biases."""
    values = []
    for layer in net.layers:
        for neuron in layer:
            values += neuron.weights
        values += [neuron.bias for neuron in layer]
    return values


def write(f, name, values, shape=None):
    shape = [len(values)] if shape is None else shape
    f.write(f"{name} {len(shape)}" + "".join(f" {d}" for d in shape) + "\n")
    f.write(" ".join(repr(float(v)) for v in values) + "\n")


def main():
    if sys.argv[1:] == ["--original"]:
        print(net.forward([0, 0]))
        train(STEPS, learning_rate=LEARNING_RATE)
        return
    initial = params()
    forward00 = net.forward([0, 0])
    losses = [one_step(LEARNING_RATE) for _ in range(STEPS)]
    with open(OUT, "w") as f:
        f.write("# the original MLP program: Python %s, pure Python floats\n"
                % sys.version.split()[0])
        f.write("# generated by tests/reference/ch02_mlp.py; do not edit\n")
        write(f, "dataset", [v for sample in dataset for v in sample], [len(dataset), 3])
        write(f, "params_initial", initial)
        write(f, "forward00", [forward00], [])
        write(f, "loss", losses)
        write(f, "params_final", params())


if __name__ == "__main__":
    main()
