# Mutant: flips the kernel as in a mathematical convolution, instead of the cross-correlation that deep-learning frameworks call convolution
import torch
import torch.nn.functional as F


def conv_block_forward(images, weight, bias, gamma, beta, running_mean, running_var, config):
    t = lambda v: torch.tensor(v, dtype=torch.float64)  # noqa: E731
    y = F.conv2d(t(images), t(weight).flip(dims=(2, 3)), t(bias), stride=config["stride"], padding=config["padding"])
    m, eps = config["momentum"], config["eps"]
    mean = y.mean(dim=(0, 2, 3))
    var = y.var(dim=(0, 2, 3), unbiased=False)
    count = y.numel() // y.shape[1]
    shape = (1, -1, 1, 1)
    z = (y - mean.view(shape)) / torch.sqrt(var.view(shape) + eps)
    z = t(gamma).view(shape) * z + t(beta).view(shape)
    new_mean = (1 - m) * t(running_mean) + m * mean
    new_var = (1 - m) * t(running_var) + m * var * count / (count - 1)
    out = F.max_pool2d(torch.relu(z), kernel_size=config["pool"], stride=config["pool_stride"])
    return {"output": out.tolist(), "running_mean": new_mean.tolist(), "running_var": new_var.tolist()}
