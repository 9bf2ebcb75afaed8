# Mutant: takes each channel's mean and variance per image over its positions only (instance norm), and averages those for the running statistics
import torch
import torch.nn.functional as F


def conv_block_forward(images, weight, bias, gamma, beta, running_mean, running_var, config):
    t = lambda v: torch.tensor(v, dtype=torch.float64)  # noqa: E731
    y = F.conv2d(t(images), t(weight), t(bias), stride=config["stride"], padding=config["padding"])
    m, eps = config["momentum"], config["eps"]
    mean_i = y.mean(dim=(2, 3), keepdim=True)
    var_i = y.var(dim=(2, 3), unbiased=False, keepdim=True)
    count = y.shape[2] * y.shape[3]
    shape = (1, -1, 1, 1)
    z = (y - mean_i) / torch.sqrt(var_i + eps)
    mean, var = mean_i.mean(dim=(0, 2, 3)), var_i.mean(dim=(0, 2, 3))
    z = t(gamma).view(shape) * z + t(beta).view(shape)
    new_mean = (1 - m) * t(running_mean) + m * mean
    new_var = (1 - m) * t(running_var) + m * var * count / (count - 1)
    out = F.max_pool2d(torch.relu(z), kernel_size=config["pool"], stride=config["pool_stride"])
    return {"output": out.tolist(), "running_mean": new_mean.tolist(), "running_var": new_var.tolist()}
